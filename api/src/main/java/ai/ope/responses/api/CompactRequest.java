package ai.ope.responses.api;

import ai.ope.responses.api.internal.JsonValues;
import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The body of {@code POST /responses/compact}: a conversation to compact.
 *
 * @param model the model id
 * @param input the conversation
 * @param previousResponseId a stored response whose conversation to compact
 * @param instructions the instructions
 * @param promptCacheKey the prompt cache key
 * @param promptCacheRetention deprecated prompt cache retention
 * @param promptCacheOptions prompt caching options
 * @param serviceTier the processing tier
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record CompactRequest(
    String model,
    Input input,
    String previousResponseId,
    String instructions,
    String promptCacheKey,
    String promptCacheRetention,
    PromptCacheOptions promptCacheOptions,
    String serviceTier,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param model the model id
   * @param input the conversation
   * @param previousResponseId a stored response whose conversation to compact
   * @param instructions the instructions
   * @param promptCacheKey the prompt cache key
   * @param promptCacheRetention deprecated prompt cache retention
   * @param promptCacheOptions prompt caching options
   * @param serviceTier the processing tier
   * @param extra members this type does not model, or null for none
   */
  public CompactRequest {
    extra = Values.extra(extra);
  }

  /**
   * A builder with every member unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's members, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.model = model;
    builder.input = input;
    builder.previousResponseId = previousResponseId;
    builder.instructions = instructions;
    builder.promptCacheKey = promptCacheKey;
    builder.promptCacheRetention = promptCacheRetention;
    builder.promptCacheOptions = promptCacheOptions;
    builder.serviceTier = serviceTier;
    extra.forEach(builder.extra::add);
    return builder;
  }

  /**
   * Builds {@link CompactRequest} values. Unset members are absent from the JSON.
   *
   * <p>Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {

    private String model;
    private Input input;
    private String previousResponseId;
    private String instructions;
    private String promptCacheKey;
    private String promptCacheRetention;
    private PromptCacheOptions promptCacheOptions;
    private String serviceTier;
    private final JsonObjectBuilder extra = JsonValues.PROVIDER.createObjectBuilder();

    private Builder() {}

    /**
     * Sets {@code model}: the model id.
     *
     * @param model the value, or null to leave it absent
     * @return this builder
     */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets {@code input}: the conversation.
     *
     * @param input the value, or null to leave it absent
     * @return this builder
     */
    public Builder input(Input input) {
      this.input = input;
      return this;
    }

    /**
     * Sets {@code previous_response_id}: a stored response whose conversation to compact.
     *
     * @param previousResponseId the value, or null to leave it absent
     * @return this builder
     */
    public Builder previousResponseId(String previousResponseId) {
      this.previousResponseId = previousResponseId;
      return this;
    }

    /**
     * Sets {@code instructions}: the instructions.
     *
     * @param instructions the value, or null to leave it absent
     * @return this builder
     */
    public Builder instructions(String instructions) {
      this.instructions = instructions;
      return this;
    }

    /**
     * Sets {@code prompt_cache_key}: the prompt cache key.
     *
     * @param promptCacheKey the value, or null to leave it absent
     * @return this builder
     */
    public Builder promptCacheKey(String promptCacheKey) {
      this.promptCacheKey = promptCacheKey;
      return this;
    }

    /**
     * Sets {@code prompt_cache_retention}: deprecated prompt cache retention.
     *
     * @param promptCacheRetention the value, or null to leave it absent
     * @return this builder
     */
    public Builder promptCacheRetention(String promptCacheRetention) {
      this.promptCacheRetention = promptCacheRetention;
      return this;
    }

    /**
     * Sets {@code prompt_cache_options}: prompt caching options.
     *
     * @param promptCacheOptions the value, or null to leave it absent
     * @return this builder
     */
    public Builder promptCacheOptions(PromptCacheOptions promptCacheOptions) {
      this.promptCacheOptions = promptCacheOptions;
      return this;
    }

    /**
     * Sets {@code service_tier}: the processing tier.
     *
     * @param serviceTier the value, or null to leave it absent
     * @return this builder
     */
    public Builder serviceTier(String serviceTier) {
      this.serviceTier = serviceTier;
      return this;
    }

    /**
     * Adds a member this version does not model, for servers that accept more.
     *
     * @param name the member name, as on the wire
     * @param value its value
     * @return this builder
     */
    public Builder extra(String name, JsonValue value) {
      extra.add(name, value);
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     */
    public CompactRequest build() {
      return new CompactRequest(
          model, input, previousResponseId, instructions, promptCacheKey, promptCacheRetention,
          promptCacheOptions, serviceTier, extra.build());
    }
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
