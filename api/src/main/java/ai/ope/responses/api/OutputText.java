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
 * Text the model wrote ({@code "type": "output_text"}), with its citations and, when requested,
 * token log probabilities.
 *
 * @param text the text
 * @param annotations citations into the text; empty when there are none
 * @param logprobs per-token log probabilities, present when {@code include} asked for them
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("output_text")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record OutputText(
    String text,
    List<Annotation> annotations,
    List<LogProb> logprobs,
    JsonObject extra) implements ContentPart {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param text the text
   * @param annotations citations into the text; empty when there are none
   * @param logprobs per-token log probabilities, present when {@code include} asked for them
   * @param extra members this type does not model, or null for none
   */
  public OutputText {
    annotations = Values.list(annotations);
    logprobs = Values.list(logprobs);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param text the text
   * @param annotations citations into the text; empty when there are none
   * @param logprobs per-token log probabilities, present when {@code include} asked for them
   */
  public OutputText(String text, List<Annotation> annotations, List<LogProb> logprobs) {
    this(text, annotations, logprobs, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
