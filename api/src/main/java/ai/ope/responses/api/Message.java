package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * A message ({@code "type": "message"}): what a user, the system or the developer says, or the
 * assistant's answer.
 *
 * The content is a string or a list of parts; output messages always use parts ({@link OutputText},
 * {@link Refusal}). On input, {@code type} may be omitted; it then stays absent when the message is
 * written back.
 *
 * @param type {@code "message"}, or null when the message omits it
 * @param id the item id
 * @param role who speaks: see {@link Role}
 * @param content a string, or a list of parts
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}; set on output
 *     messages
 * @param phase {@code commentary} or {@code final_answer}, on assistant messages of models that
 *     mark them
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType(value = "message", whenUntypedHas = "role")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record Message(
    String type,
    String id,
    String role,
    MessageContent content,
    String status,
    String phase,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param type {@code "message"}, or null when the message omits it
   * @param id the item id
   * @param role who speaks: see {@link Role}
   * @param content a string, or a list of parts
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}; set on output
   *     messages
   * @param phase {@code commentary} or {@code final_answer}, on assistant messages of models that
   *     mark them
   * @param extra members this type does not model, or null for none
   */
  public Message {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param type {@code "message"}, or null when the message omits it
   * @param id the item id
   * @param role who speaks: see {@link Role}
   * @param content a string, or a list of parts
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}; set on output
   *     messages
   * @param phase {@code commentary} or {@code final_answer}, on assistant messages of models that
   *     mark them
   */
  public Message(
      String type, String id, String role, MessageContent content, String status, String phase) {
    this(type, id, role, content, status, phase, null);
  }

  /**
   * A message with text content, in the short form the API documents:
   * {@code {"role":…,"content":"…"}} (no {@code type}, which the API infers).
   *
   * @param role the role, see {@link Role}
   * @param text the text
   * @return the message
   */
  public static Message of(String role, String text) {
    return new Message(null, null, role, new MessageContent.Text(text), null, null);
  }

  /**
   * A message with a list of parts, in the short form the API documents:
   * {@code {"role":…,"content":[…]}}.
   *
   * @param role the role, see {@link Role}
   * @param parts the content parts
   * @return the message
   */
  public static Message of(String role, List<? extends ContentPart> parts) {
    return new Message(
        null, null, role, new MessageContent.Parts(List.copyOf(parts)), null, null);
  }

  /**
   * A message with a list of parts, in the short form the API documents.
   *
   * @param role the role, see {@link Role}
   * @param parts the content parts
   * @return the message
   */
  public static Message of(String role, ContentPart... parts) {
    return of(role, List.of(parts));
  }

  /**
   * The message's text: the string content, or its text parts ({@code input_text},
   * {@code output_text}, {@code text}) concatenated.
   *
   * @return the text; empty when there is none
   */
  public String text() {
    return content == null ? "" : content.text();
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
