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
 * A reasoning model's thinking ({@code "type": "reasoning"}): a summary when requested, and
 * encrypted content to replay it without server-side storage.
 *
 * @param id the item id; required even when replayed
 * @param summary the summary parts; may be empty
 * @param content raw reasoning text, where exposed
 * @param encryptedContent opaque reasoning state, when {@code include} asked for it
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("reasoning")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ReasoningItem(
    String id,
    List<SummaryText> summary,
    List<ReasoningText> content,
    String encryptedContent,
    String status,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id; required even when replayed
   * @param summary the summary parts; may be empty
   * @param content raw reasoning text, where exposed
   * @param encryptedContent opaque reasoning state, when {@code include} asked for it
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param extra members this type does not model, or null for none
   */
  public ReasoningItem {
    summary = Values.list(summary);
    content = Values.list(content);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id; required even when replayed
   * @param summary the summary parts; may be empty
   * @param content raw reasoning text, where exposed
   * @param encryptedContent opaque reasoning state, when {@code include} asked for it
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   */
  public ReasoningItem(
      String id, List<SummaryText> summary, List<ReasoningText> content, String encryptedContent,
      String status) {
    this(id, summary, content, encryptedContent, status, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
