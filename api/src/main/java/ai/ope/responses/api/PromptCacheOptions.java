package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * Prompt caching options, and their effective values on a response.
 *
 * @param ttl how long entries live: {@code 30m}
 * @param mode {@code implicit} or {@code explicit}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record PromptCacheOptions(
    String ttl,
    String mode,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param ttl how long entries live: {@code 30m}
   * @param mode {@code implicit} or {@code explicit}
   * @param extra members this type does not model, or null for none
   */
  public PromptCacheOptions {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param ttl how long entries live: {@code 30m}
   * @param mode {@code implicit} or {@code explicit}
   */
  public PromptCacheOptions(String ttl, String mode) {
    this(ttl, mode, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
