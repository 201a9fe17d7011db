package ai.ope.responses.api;

import ai.ope.responses.api.internal.JsonValues;
import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.UnixSeconds;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A model response: returned by create, retrieve and cancel, and carried by the lifecycle events of
 * a stream.
 *
 * Most request options are echoed back. Members a server sends as an explicit {@code null} (such as
 * {@code error} while the response is fine) are kept in {@link #extra()} and written back as {@code
 * null}.
 *
 * @param id the response id ({@code resp_…})
 * @param object {@code response}
 * @param createdAt when it was created, in Unix seconds
 * @param status see {@link ResponseStatus}
 * @param background whether it ran in the background
 * @param billing who pays for it
 * @param completedAt when it completed, in Unix seconds
 * @param error why it failed, when {@code status} is {@code failed}
 * @param frequencyPenalty the frequency penalty applied
 * @param incompleteDetails why it is incomplete, when {@code status} is {@code incomplete}
 * @param instructions the instructions used: a string, or items from a prompt template
 * @param maxOutputTokens the output token limit
 * @param maxToolCalls the hosted tool call limit
 * @param model the model that answered (a resolved snapshot id)
 * @param moderation moderation results, when requested
 * @param output the model's output items
 * @param parallelToolCalls whether parallel tool calls were allowed
 * @param presencePenalty the presence penalty applied
 * @param previousResponseId the response this one continues
 * @param prompt the prompt template used
 * @param promptCacheKey the prompt cache key used
 * @param promptCacheOptions the effective prompt caching options
 * @param promptCacheRetention the prompt cache retention used
 * @param reasoning the reasoning options used
 * @param safetyIdentifier the end-user id sent
 * @param serviceTier the tier that processed it
 * @param store whether the server keeps it
 * @param temperature the sampling temperature used
 * @param text the text output options used
 * @param toolChoice the tool choice used
 * @param toolUsage usage of hosted tools, as the server reports it
 * @param tools the tools offered, as the server understood them
 * @param topLogprobs the number of likely tokens reported
 * @param topP the nucleus sampling mass used
 * @param truncation the truncation strategy used
 * @param usage tokens used; null until the response completes
 * @param user the deprecated end-user id sent
 * @param metadata the metadata stored with it
 * @param conversation the conversation it belongs to
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record Response(
    String id,
    String object,
    Double createdAt,
    String status,
    Boolean background,
    Billing billing,
    Double completedAt,
    ResponseError error,
    Double frequencyPenalty,
    IncompleteDetails incompleteDetails,
    Input instructions,
    Integer maxOutputTokens,
    Integer maxToolCalls,
    String model,
    ModerationResults moderation,
    List<OutputItem> output,
    Boolean parallelToolCalls,
    Double presencePenalty,
    String previousResponseId,
    Prompt prompt,
    String promptCacheKey,
    PromptCacheOptions promptCacheOptions,
    String promptCacheRetention,
    Reasoning reasoning,
    String safetyIdentifier,
    String serviceTier,
    Boolean store,
    Double temperature,
    TextConfig text,
    ToolChoice toolChoice,
    JsonObject toolUsage,
    List<Tool> tools,
    Integer topLogprobs,
    Double topP,
    String truncation,
    Usage usage,
    String user,
    Map<String, String> metadata,
    Conversation conversation,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the response id ({@code resp_…})
   * @param object {@code response}
   * @param createdAt when it was created, in Unix seconds
   * @param status see {@link ResponseStatus}
   * @param background whether it ran in the background
   * @param billing who pays for it
   * @param completedAt when it completed, in Unix seconds
   * @param error why it failed, when {@code status} is {@code failed}
   * @param frequencyPenalty the frequency penalty applied
   * @param incompleteDetails why it is incomplete, when {@code status} is {@code incomplete}
   * @param instructions the instructions used: a string, or items from a prompt template
   * @param maxOutputTokens the output token limit
   * @param maxToolCalls the hosted tool call limit
   * @param model the model that answered (a resolved snapshot id)
   * @param moderation moderation results, when requested
   * @param output the model's output items
   * @param parallelToolCalls whether parallel tool calls were allowed
   * @param presencePenalty the presence penalty applied
   * @param previousResponseId the response this one continues
   * @param prompt the prompt template used
   * @param promptCacheKey the prompt cache key used
   * @param promptCacheOptions the effective prompt caching options
   * @param promptCacheRetention the prompt cache retention used
   * @param reasoning the reasoning options used
   * @param safetyIdentifier the end-user id sent
   * @param serviceTier the tier that processed it
   * @param store whether the server keeps it
   * @param temperature the sampling temperature used
   * @param text the text output options used
   * @param toolChoice the tool choice used
   * @param toolUsage usage of hosted tools, as the server reports it
   * @param tools the tools offered, as the server understood them
   * @param topLogprobs the number of likely tokens reported
   * @param topP the nucleus sampling mass used
   * @param truncation the truncation strategy used
   * @param usage tokens used; null until the response completes
   * @param user the deprecated end-user id sent
   * @param metadata the metadata stored with it
   * @param conversation the conversation it belongs to
   * @param extra members this type does not model, or null for none
   */
  public Response {
    output = Values.list(output);
    tools = Values.list(tools);
    metadata = Values.map(metadata);
    extra = Values.extra(extra);
  }

  /**
   * The text the model wrote: the {@code output_text} parts of every output message,
   * concatenated in order, like {@code output_text} in the Python and Node SDKs.
   *
   * @return the text; empty when there is none (a refusal, only tool calls)
   */
  public String outputText() {
    if (output == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (OutputItem item : output) {
      if (item instanceof Message message && message.content() != null) {
        for (ContentPart part : message.content().parts()) {
          if (part instanceof OutputText outputText && outputText.text() != null) {
            text.append(outputText.text());
          }
        }
      }
    }
    return text.toString();
  }

  /**
   * {@link #createdAt()} as an instant: the Unix seconds the server sent (shown as a
   * {@code Double}, {@code 1.796279224E9}) read to the nanosecond. The wire value stays in
   * {@code createdAt}, so writing the response back reproduces it.
   *
   * @return when it was created; null when the server did not say
   * @throws java.time.DateTimeException when the value is beyond {@link Instant}'s range
   */
  public Instant createdAtInstant() {
    return UnixSeconds.toInstant(createdAt, "created_at");
  }

  /**
   * {@link #completedAt()} as an instant, read as {@link #createdAtInstant()} is.
   *
   * @return when it completed; null until it has (or when the server did not say)
   * @throws java.time.DateTimeException when the value is beyond {@link Instant}'s range
   */
  public Instant completedAtInstant() {
    return UnixSeconds.toInstant(completedAt, "completed_at");
  }

  /**
   * The function calls in the output, in order: the tools the application must run.
   *
   * @return the calls; empty when there are none
   */
  public List<FunctionCall> functionCalls() {
    return output == null ? List.of() : output.stream()
        .filter(FunctionCall.class::isInstance)
        .map(FunctionCall.class::cast)
        .collect(Collectors.toUnmodifiableList());
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
    builder.id = id;
    builder.object = object;
    builder.createdAt = createdAt;
    builder.status = status;
    builder.background = background;
    builder.billing = billing;
    builder.completedAt = completedAt;
    builder.error = error;
    builder.frequencyPenalty = frequencyPenalty;
    builder.incompleteDetails = incompleteDetails;
    builder.instructions = instructions;
    builder.maxOutputTokens = maxOutputTokens;
    builder.maxToolCalls = maxToolCalls;
    builder.model = model;
    builder.moderation = moderation;
    builder.output = output;
    builder.parallelToolCalls = parallelToolCalls;
    builder.presencePenalty = presencePenalty;
    builder.previousResponseId = previousResponseId;
    builder.prompt = prompt;
    builder.promptCacheKey = promptCacheKey;
    builder.promptCacheOptions = promptCacheOptions;
    builder.promptCacheRetention = promptCacheRetention;
    builder.reasoning = reasoning;
    builder.safetyIdentifier = safetyIdentifier;
    builder.serviceTier = serviceTier;
    builder.store = store;
    builder.temperature = temperature;
    builder.text = text;
    builder.toolChoice = toolChoice;
    builder.toolUsage = toolUsage;
    builder.tools = tools;
    builder.topLogprobs = topLogprobs;
    builder.topP = topP;
    builder.truncation = truncation;
    builder.usage = usage;
    builder.user = user;
    builder.metadata = metadata;
    builder.conversation = conversation;
    extra.forEach(builder.extra::add);
    return builder;
  }

  /**
   * Builds {@link Response} values. Unset members are absent from the JSON.
   *
   * <p>Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {

    private String id;
    private String object;
    private Double createdAt;
    private String status;
    private Boolean background;
    private Billing billing;
    private Double completedAt;
    private ResponseError error;
    private Double frequencyPenalty;
    private IncompleteDetails incompleteDetails;
    private Input instructions;
    private Integer maxOutputTokens;
    private Integer maxToolCalls;
    private String model;
    private ModerationResults moderation;
    private List<OutputItem> output;
    private Boolean parallelToolCalls;
    private Double presencePenalty;
    private String previousResponseId;
    private Prompt prompt;
    private String promptCacheKey;
    private PromptCacheOptions promptCacheOptions;
    private String promptCacheRetention;
    private Reasoning reasoning;
    private String safetyIdentifier;
    private String serviceTier;
    private Boolean store;
    private Double temperature;
    private TextConfig text;
    private ToolChoice toolChoice;
    private JsonObject toolUsage;
    private List<Tool> tools;
    private Integer topLogprobs;
    private Double topP;
    private String truncation;
    private Usage usage;
    private String user;
    private Map<String, String> metadata;
    private Conversation conversation;
    private final JsonObjectBuilder extra = JsonValues.PROVIDER.createObjectBuilder();

    private Builder() {}

    /**
     * Sets {@code id}: the response id ({@code resp_…}).
     *
     * @param id the value, or null to leave it absent
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code object}: {@code response}.
     *
     * @param object the value, or null to leave it absent
     * @return this builder
     */
    public Builder object(String object) {
      this.object = object;
      return this;
    }

    /**
     * Sets {@code created_at}: when it was created, in Unix seconds.
     *
     * @param createdAt the value, or null to leave it absent
     * @return this builder
     */
    public Builder createdAt(Double createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets {@code status}: see {@link ResponseStatus}.
     *
     * @param status the value, or null to leave it absent
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@code background}: whether it ran in the background.
     *
     * @param background the value, or null to leave it absent
     * @return this builder
     */
    public Builder background(Boolean background) {
      this.background = background;
      return this;
    }

    /**
     * Sets {@code billing}: who pays for it.
     *
     * @param billing the value, or null to leave it absent
     * @return this builder
     */
    public Builder billing(Billing billing) {
      this.billing = billing;
      return this;
    }

    /**
     * Sets {@code completed_at}: when it completed, in Unix seconds.
     *
     * @param completedAt the value, or null to leave it absent
     * @return this builder
     */
    public Builder completedAt(Double completedAt) {
      this.completedAt = completedAt;
      return this;
    }

    /**
     * Sets {@code error}: why it failed, when {@code status} is {@code failed}.
     *
     * @param error the value, or null to leave it absent
     * @return this builder
     */
    public Builder error(ResponseError error) {
      this.error = error;
      return this;
    }

    /**
     * Sets {@code frequency_penalty}: the frequency penalty applied.
     *
     * @param frequencyPenalty the value, or null to leave it absent
     * @return this builder
     */
    public Builder frequencyPenalty(Double frequencyPenalty) {
      this.frequencyPenalty = frequencyPenalty;
      return this;
    }

    /**
     * Sets {@code incomplete_details}: why it is incomplete, when {@code status} is {@code
     * incomplete}.
     *
     * @param incompleteDetails the value, or null to leave it absent
     * @return this builder
     */
    public Builder incompleteDetails(IncompleteDetails incompleteDetails) {
      this.incompleteDetails = incompleteDetails;
      return this;
    }

    /**
     * Sets {@code instructions}: the instructions used: a string, or items from a prompt template.
     *
     * @param instructions the value, or null to leave it absent
     * @return this builder
     */
    public Builder instructions(Input instructions) {
      this.instructions = instructions;
      return this;
    }

    /**
     * Sets {@code max_output_tokens}: the output token limit.
     *
     * @param maxOutputTokens the value, or null to leave it absent
     * @return this builder
     */
    public Builder maxOutputTokens(Integer maxOutputTokens) {
      this.maxOutputTokens = maxOutputTokens;
      return this;
    }

    /**
     * Sets {@code max_tool_calls}: the hosted tool call limit.
     *
     * @param maxToolCalls the value, or null to leave it absent
     * @return this builder
     */
    public Builder maxToolCalls(Integer maxToolCalls) {
      this.maxToolCalls = maxToolCalls;
      return this;
    }

    /**
     * Sets {@code model}: the model that answered (a resolved snapshot id).
     *
     * @param model the value, or null to leave it absent
     * @return this builder
     */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets {@code moderation}: moderation results, when requested.
     *
     * @param moderation the value, or null to leave it absent
     * @return this builder
     */
    public Builder moderation(ModerationResults moderation) {
      this.moderation = moderation;
      return this;
    }

    /**
     * Sets {@code output}: the model's output items.
     *
     * @param output the value, or null to leave it absent
     * @return this builder
     */
    public Builder output(List<OutputItem> output) {
      this.output = output;
      return this;
    }

    /**
     * Sets {@code parallel_tool_calls}: whether parallel tool calls were allowed.
     *
     * @param parallelToolCalls the value, or null to leave it absent
     * @return this builder
     */
    public Builder parallelToolCalls(Boolean parallelToolCalls) {
      this.parallelToolCalls = parallelToolCalls;
      return this;
    }

    /**
     * Sets {@code presence_penalty}: the presence penalty applied.
     *
     * @param presencePenalty the value, or null to leave it absent
     * @return this builder
     */
    public Builder presencePenalty(Double presencePenalty) {
      this.presencePenalty = presencePenalty;
      return this;
    }

    /**
     * Sets {@code previous_response_id}: the response this one continues.
     *
     * @param previousResponseId the value, or null to leave it absent
     * @return this builder
     */
    public Builder previousResponseId(String previousResponseId) {
      this.previousResponseId = previousResponseId;
      return this;
    }

    /**
     * Sets {@code prompt}: the prompt template used.
     *
     * @param prompt the value, or null to leave it absent
     * @return this builder
     */
    public Builder prompt(Prompt prompt) {
      this.prompt = prompt;
      return this;
    }

    /**
     * Sets {@code prompt_cache_key}: the prompt cache key used.
     *
     * @param promptCacheKey the value, or null to leave it absent
     * @return this builder
     */
    public Builder promptCacheKey(String promptCacheKey) {
      this.promptCacheKey = promptCacheKey;
      return this;
    }

    /**
     * Sets {@code prompt_cache_options}: the effective prompt caching options.
     *
     * @param promptCacheOptions the value, or null to leave it absent
     * @return this builder
     */
    public Builder promptCacheOptions(PromptCacheOptions promptCacheOptions) {
      this.promptCacheOptions = promptCacheOptions;
      return this;
    }

    /**
     * Sets {@code prompt_cache_retention}: the prompt cache retention used.
     *
     * @param promptCacheRetention the value, or null to leave it absent
     * @return this builder
     */
    public Builder promptCacheRetention(String promptCacheRetention) {
      this.promptCacheRetention = promptCacheRetention;
      return this;
    }

    /**
     * Sets {@code reasoning}: the reasoning options used.
     *
     * @param reasoning the value, or null to leave it absent
     * @return this builder
     */
    public Builder reasoning(Reasoning reasoning) {
      this.reasoning = reasoning;
      return this;
    }

    /**
     * Sets {@code safety_identifier}: the end-user id sent.
     *
     * @param safetyIdentifier the value, or null to leave it absent
     * @return this builder
     */
    public Builder safetyIdentifier(String safetyIdentifier) {
      this.safetyIdentifier = safetyIdentifier;
      return this;
    }

    /**
     * Sets {@code service_tier}: the tier that processed it.
     *
     * @param serviceTier the value, or null to leave it absent
     * @return this builder
     */
    public Builder serviceTier(String serviceTier) {
      this.serviceTier = serviceTier;
      return this;
    }

    /**
     * Sets {@code store}: whether the server keeps it.
     *
     * @param store the value, or null to leave it absent
     * @return this builder
     */
    public Builder store(Boolean store) {
      this.store = store;
      return this;
    }

    /**
     * Sets {@code temperature}: the sampling temperature used.
     *
     * @param temperature the value, or null to leave it absent
     * @return this builder
     */
    public Builder temperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets {@code text}: the text output options used.
     *
     * @param text the value, or null to leave it absent
     * @return this builder
     */
    public Builder text(TextConfig text) {
      this.text = text;
      return this;
    }

    /**
     * Sets {@code tool_choice}: the tool choice used.
     *
     * @param toolChoice the value, or null to leave it absent
     * @return this builder
     */
    public Builder toolChoice(ToolChoice toolChoice) {
      this.toolChoice = toolChoice;
      return this;
    }

    /**
     * Sets {@code tool_usage}: usage of hosted tools, as the server reports it.
     *
     * @param toolUsage the value, or null to leave it absent
     * @return this builder
     */
    public Builder toolUsage(JsonObject toolUsage) {
      this.toolUsage = toolUsage;
      return this;
    }

    /**
     * Sets {@code tools}: the tools offered, as the server understood them.
     *
     * @param tools the value, or null to leave it absent
     * @return this builder
     */
    public Builder tools(List<Tool> tools) {
      this.tools = tools;
      return this;
    }

    /**
     * Sets {@code top_logprobs}: the number of likely tokens reported.
     *
     * @param topLogprobs the value, or null to leave it absent
     * @return this builder
     */
    public Builder topLogprobs(Integer topLogprobs) {
      this.topLogprobs = topLogprobs;
      return this;
    }

    /**
     * Sets {@code top_p}: the nucleus sampling mass used.
     *
     * @param topP the value, or null to leave it absent
     * @return this builder
     */
    public Builder topP(Double topP) {
      this.topP = topP;
      return this;
    }

    /**
     * Sets {@code truncation}: the truncation strategy used.
     *
     * @param truncation the value, or null to leave it absent
     * @return this builder
     */
    public Builder truncation(String truncation) {
      this.truncation = truncation;
      return this;
    }

    /**
     * Sets {@code usage}: tokens used; null until the response completes.
     *
     * @param usage the value, or null to leave it absent
     * @return this builder
     */
    public Builder usage(Usage usage) {
      this.usage = usage;
      return this;
    }

    /**
     * Sets {@code user}: the deprecated end-user id sent.
     *
     * @param user the value, or null to leave it absent
     * @return this builder
     */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /**
     * Sets {@code metadata}: the metadata stored with it.
     *
     * @param metadata the value, or null to leave it absent
     * @return this builder
     */
    public Builder metadata(Map<String, String> metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * Sets {@code conversation}: the conversation it belongs to.
     *
     * @param conversation the value, or null to leave it absent
     * @return this builder
     */
    public Builder conversation(Conversation conversation) {
      this.conversation = conversation;
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
     * Sets {@code output}.
     *
     * @param output the output items
     * @return this builder
     */
    public Builder output(OutputItem... output) {
      return output(List.of(output));
    }

    /**
     * Sets {@code instructions} to a string.
     *
     * @param instructions the instructions
     * @return this builder
     */
    public Builder instructions(String instructions) {
      return instructions(Input.of(instructions));
    }

    /**
     * Sets a member that a real server sends as an explicit {@code null} (such as {@code error}
     * or {@code incomplete_details} while a response runs): it is written as {@code null}
     * unless the member gets a value.
     *
     * @param name the member name, as on the wire
     * @return this builder
     */
    public Builder explicitNull(String name) {
      return extra(name, JsonValue.NULL);
    }

    /**
     * Builds the value.
     *
     * @return the value
     */
    public Response build() {
      return new Response(
          id, object, createdAt, status, background, billing, completedAt, error, frequencyPenalty,
          incompleteDetails, instructions, maxOutputTokens, maxToolCalls, model, moderation, output,
          parallelToolCalls, presencePenalty, previousResponseId, prompt, promptCacheKey,
          promptCacheOptions, promptCacheRetention, reasoning, safetyIdentifier, serviceTier, store,
          temperature, text, toolChoice, toolUsage, tools, topLogprobs, topP, truncation, usage,
          user, metadata, conversation, extra.build());
    }
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
