package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * Tokens a response used.
 *
 * @param inputTokens input tokens
 * @param inputTokensDetails how the input tokens split
 * @param outputTokens output tokens, reasoning included
 * @param outputTokensDetails how the output tokens split
 * @param totalTokens input and output tokens
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record Usage(
    Integer inputTokens,
    InputTokensDetails inputTokensDetails,
    Integer outputTokens,
    OutputTokensDetails outputTokensDetails,
    Integer totalTokens,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param inputTokens input tokens
   * @param inputTokensDetails how the input tokens split
   * @param outputTokens output tokens, reasoning included
   * @param outputTokensDetails how the output tokens split
   * @param totalTokens input and output tokens
   * @param extra members this type does not model, or null for none
   */
  public Usage {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param inputTokens input tokens
   * @param inputTokensDetails how the input tokens split
   * @param outputTokens output tokens, reasoning included
   * @param outputTokensDetails how the output tokens split
   * @param totalTokens input and output tokens
   */
  public Usage(
      Integer inputTokens, InputTokensDetails inputTokensDetails, Integer outputTokens,
      OutputTokensDetails outputTokensDetails, Integer totalTokens) {
    this(inputTokens, inputTokensDetails, outputTokens, outputTokensDetails, totalTokens, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
