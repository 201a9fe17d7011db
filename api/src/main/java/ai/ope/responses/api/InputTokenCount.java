package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The answer to {@code POST /responses/input_tokens}.
 *
 * @param object {@code response.input_tokens}
 * @param inputTokens how many input tokens the request would use
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record InputTokenCount(
    String object,
    Integer inputTokens,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param object {@code response.input_tokens}
   * @param inputTokens how many input tokens the request would use
   * @param extra members this type does not model, or null for none
   */
  public InputTokenCount {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param object {@code response.input_tokens}
   * @param inputTokens how many input tokens the request would use
   */
  public InputTokenCount(String object, Integer inputTokens) {
    this(object, inputTokens, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
