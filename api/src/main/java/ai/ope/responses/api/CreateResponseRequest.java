package ai.ope.responses.api;

import ai.ope.responses.api.internal.JsonValues;
import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.schema.Description;
import ai.ope.responses.api.schema.JsonSchemas;
import ai.ope.responses.api.schema.StructuredJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /responses}: what to answer, with which model, tools and options.
 *
 * Build one with {@link #builder()}; members left unset are absent from the JSON, so the server
 * applies its defaults. The client sets {@code stream} itself when streaming.
 *
 * @param model the model id, e.g. {@code gpt-5.4-mini}
 * @param input what the model answers: a string, or a list of items
 * @param instructions a system (developer) message; not inherited through {@code
 *     previous_response_id}
 * @param tools the tools the model may call
 * @param toolChoice how the model picks tools
 * @param parallelToolCalls whether the model may call several tools in one turn (default true)
 * @param maxOutputTokens an upper bound on output tokens, reasoning included (at least 16)
 * @param maxToolCalls an upper bound on calls of hosted tools
 * @param temperature sampling temperature, 0 to 2
 * @param topP nucleus sampling mass, 0 to 1
 * @param topLogprobs how many likely tokens to report per position, 0 to 20
 * @param reasoning options for reasoning models
 * @param text the output format (text, JSON Schema) and verbosity
 * @param truncation {@code auto} drops the oldest items when the context overflows; {@code
 *     disabled} (the default) fails instead
 * @param previousResponseId continue from a stored response
 * @param conversation the conversation this response belongs to; excludes {@code
 *     previous_response_id}
 * @param store whether the server keeps the response for later retrieval (default true)
 * @param background run asynchronously; poll, stream later, or cancel
 * @param stream answer with server-sent events
 * @param streamOptions options of a streamed response
 * @param include extra data to return, see {@link Includable}
 * @param metadata up to 16 key-value pairs stored with the response
 * @param prompt a stored prompt template to use
 * @param promptCacheKey groups requests that share a prompt prefix, for cache hits
 * @param promptCacheRetention deprecated: {@code in_memory} or {@code 24h}
 * @param promptCacheOptions prompt caching options
 * @param safetyIdentifier a stable, ideally hashed, id of the end user
 * @param serviceTier the processing tier, see {@link ServiceTier}
 * @param user deprecated end-user id; prefer {@code safety_identifier}
 * @param moderation check input and output with a moderation model
 * @param contextManagement server-side context management such as compaction
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record CreateResponseRequest(
    String model,
    Input input,
    String instructions,
    List<Tool> tools,
    ToolChoice toolChoice,
    Boolean parallelToolCalls,
    Integer maxOutputTokens,
    Integer maxToolCalls,
    Double temperature,
    Double topP,
    Integer topLogprobs,
    Reasoning reasoning,
    TextConfig text,
    String truncation,
    String previousResponseId,
    Conversation conversation,
    Boolean store,
    Boolean background,
    Boolean stream,
    StreamOptions streamOptions,
    List<String> include,
    Map<String, String> metadata,
    Prompt prompt,
    String promptCacheKey,
    String promptCacheRetention,
    PromptCacheOptions promptCacheOptions,
    String safetyIdentifier,
    String serviceTier,
    String user,
    ModerationConfig moderation,
    List<ContextManagement> contextManagement,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param model the model id, e.g. {@code gpt-5.4-mini}
   * @param input what the model answers: a string, or a list of items
   * @param instructions a system (developer) message; not inherited through {@code
   *     previous_response_id}
   * @param tools the tools the model may call
   * @param toolChoice how the model picks tools
   * @param parallelToolCalls whether the model may call several tools in one turn (default true)
   * @param maxOutputTokens an upper bound on output tokens, reasoning included (at least 16)
   * @param maxToolCalls an upper bound on calls of hosted tools
   * @param temperature sampling temperature, 0 to 2
   * @param topP nucleus sampling mass, 0 to 1
   * @param topLogprobs how many likely tokens to report per position, 0 to 20
   * @param reasoning options for reasoning models
   * @param text the output format (text, JSON Schema) and verbosity
   * @param truncation {@code auto} drops the oldest items when the context overflows; {@code
   *     disabled} (the default) fails instead
   * @param previousResponseId continue from a stored response
   * @param conversation the conversation this response belongs to; excludes {@code
   *     previous_response_id}
   * @param store whether the server keeps the response for later retrieval (default true)
   * @param background run asynchronously; poll, stream later, or cancel
   * @param stream answer with server-sent events
   * @param streamOptions options of a streamed response
   * @param include extra data to return, see {@link Includable}
   * @param metadata up to 16 key-value pairs stored with the response
   * @param prompt a stored prompt template to use
   * @param promptCacheKey groups requests that share a prompt prefix, for cache hits
   * @param promptCacheRetention deprecated: {@code in_memory} or {@code 24h}
   * @param promptCacheOptions prompt caching options
   * @param safetyIdentifier a stable, ideally hashed, id of the end user
   * @param serviceTier the processing tier, see {@link ServiceTier}
   * @param user deprecated end-user id; prefer {@code safety_identifier}
   * @param moderation check input and output with a moderation model
   * @param contextManagement server-side context management such as compaction
   * @param extra members this type does not model, or null for none
   */
  public CreateResponseRequest {
    tools = Values.list(tools);
    include = Values.list(include);
    metadata = Values.map(metadata);
    contextManagement = Values.list(contextManagement);
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
   * This request asking for an answer that is a record: {@code text.format} set to the record's
   * strict JSON Schema ({@link JsonSchemas#of(Class)}), other text settings kept. Bind the answer
   * with {@link StructuredJson#read(String, Class)}, or let the client do it.
   *
   * @param outputType the record the answer must be
   * @return the changed copy
   * @throws IllegalArgumentException when the record has no schema
   */
  public CreateResponseRequest withOutputType(Class<?> outputType) {
    TextFormat format = new TextFormat.JsonSchema(JsonSchemas.name(outputType),
        JsonSchemas.of(outputType), descriptionOf(outputType), true);
    TextConfig current = text;
    TextConfig changed = current == null ? new TextConfig(format, null)
        : new TextConfig(format, current.verbosity(), current.extra());
    return toBuilder().text(changed).build();
  }

  private static String descriptionOf(Class<?> type) {
    Description description = type.getAnnotation(Description.class);
    return description == null ? null : description.value();
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
    builder.instructions = instructions;
    builder.tools = tools;
    builder.toolChoice = toolChoice;
    builder.parallelToolCalls = parallelToolCalls;
    builder.maxOutputTokens = maxOutputTokens;
    builder.maxToolCalls = maxToolCalls;
    builder.temperature = temperature;
    builder.topP = topP;
    builder.topLogprobs = topLogprobs;
    builder.reasoning = reasoning;
    builder.text = text;
    builder.truncation = truncation;
    builder.previousResponseId = previousResponseId;
    builder.conversation = conversation;
    builder.store = store;
    builder.background = background;
    builder.stream = stream;
    builder.streamOptions = streamOptions;
    builder.include = include;
    builder.metadata = metadata;
    builder.prompt = prompt;
    builder.promptCacheKey = promptCacheKey;
    builder.promptCacheRetention = promptCacheRetention;
    builder.promptCacheOptions = promptCacheOptions;
    builder.safetyIdentifier = safetyIdentifier;
    builder.serviceTier = serviceTier;
    builder.user = user;
    builder.moderation = moderation;
    builder.contextManagement = contextManagement;
    extra.forEach(builder.extra::add);
    return builder;
  }

  /**
   * Builds {@link CreateResponseRequest} values. Unset members are absent from the JSON.
   *
   * <p>Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {

    private String model;
    private Input input;
    private String instructions;
    private List<Tool> tools;
    private ToolChoice toolChoice;
    private Boolean parallelToolCalls;
    private Integer maxOutputTokens;
    private Integer maxToolCalls;
    private Double temperature;
    private Double topP;
    private Integer topLogprobs;
    private Reasoning reasoning;
    private TextConfig text;
    private String truncation;
    private String previousResponseId;
    private Conversation conversation;
    private Boolean store;
    private Boolean background;
    private Boolean stream;
    private StreamOptions streamOptions;
    private List<String> include;
    private Map<String, String> metadata;
    private Prompt prompt;
    private String promptCacheKey;
    private String promptCacheRetention;
    private PromptCacheOptions promptCacheOptions;
    private String safetyIdentifier;
    private String serviceTier;
    private String user;
    private ModerationConfig moderation;
    private List<ContextManagement> contextManagement;
    private final JsonObjectBuilder extra = JsonValues.PROVIDER.createObjectBuilder();

    private Builder() {}

    /**
     * Sets {@code model}: the model id, e.g. {@code gpt-5.4-mini}.
     *
     * @param model the value, or null to leave it absent
     * @return this builder
     */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets {@code input}: what the model answers: a string, or a list of items.
     *
     * @param input the value, or null to leave it absent
     * @return this builder
     */
    public Builder input(Input input) {
      this.input = input;
      return this;
    }

    /**
     * Sets {@code instructions}: a system (developer) message; not inherited through {@code
     * previous_response_id}.
     *
     * @param instructions the value, or null to leave it absent
     * @return this builder
     */
    public Builder instructions(String instructions) {
      this.instructions = instructions;
      return this;
    }

    /**
     * Sets {@code tools}: the tools the model may call.
     *
     * @param tools the value, or null to leave it absent
     * @return this builder
     */
    public Builder tools(List<Tool> tools) {
      this.tools = tools;
      return this;
    }

    /**
     * Sets {@code tool_choice}: how the model picks tools.
     *
     * @param toolChoice the value, or null to leave it absent
     * @return this builder
     */
    public Builder toolChoice(ToolChoice toolChoice) {
      this.toolChoice = toolChoice;
      return this;
    }

    /**
     * Sets {@code parallel_tool_calls}: whether the model may call several tools in one turn
     * (default true).
     *
     * @param parallelToolCalls the value, or null to leave it absent
     * @return this builder
     */
    public Builder parallelToolCalls(Boolean parallelToolCalls) {
      this.parallelToolCalls = parallelToolCalls;
      return this;
    }

    /**
     * Sets {@code max_output_tokens}: an upper bound on output tokens, reasoning included (at least
     * 16).
     *
     * @param maxOutputTokens the value, or null to leave it absent
     * @return this builder
     */
    public Builder maxOutputTokens(Integer maxOutputTokens) {
      this.maxOutputTokens = maxOutputTokens;
      return this;
    }

    /**
     * Sets {@code max_tool_calls}: an upper bound on calls of hosted tools.
     *
     * @param maxToolCalls the value, or null to leave it absent
     * @return this builder
     */
    public Builder maxToolCalls(Integer maxToolCalls) {
      this.maxToolCalls = maxToolCalls;
      return this;
    }

    /**
     * Sets {@code temperature}: sampling temperature, 0 to 2.
     *
     * @param temperature the value, or null to leave it absent
     * @return this builder
     */
    public Builder temperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets {@code top_p}: nucleus sampling mass, 0 to 1.
     *
     * @param topP the value, or null to leave it absent
     * @return this builder
     */
    public Builder topP(Double topP) {
      this.topP = topP;
      return this;
    }

    /**
     * Sets {@code top_logprobs}: how many likely tokens to report per position, 0 to 20.
     *
     * @param topLogprobs the value, or null to leave it absent
     * @return this builder
     */
    public Builder topLogprobs(Integer topLogprobs) {
      this.topLogprobs = topLogprobs;
      return this;
    }

    /**
     * Sets {@code reasoning}: options for reasoning models.
     *
     * @param reasoning the value, or null to leave it absent
     * @return this builder
     */
    public Builder reasoning(Reasoning reasoning) {
      this.reasoning = reasoning;
      return this;
    }

    /**
     * Sets {@code text}: the output format (text, JSON Schema) and verbosity.
     *
     * @param text the value, or null to leave it absent
     * @return this builder
     */
    public Builder text(TextConfig text) {
      this.text = text;
      return this;
    }

    /**
     * Sets {@code truncation}: {@code auto} drops the oldest items when the context overflows;
     * {@code disabled} (the default) fails instead.
     *
     * @param truncation the value, or null to leave it absent
     * @return this builder
     */
    public Builder truncation(String truncation) {
      this.truncation = truncation;
      return this;
    }

    /**
     * Sets {@code previous_response_id}: continue from a stored response.
     *
     * @param previousResponseId the value, or null to leave it absent
     * @return this builder
     */
    public Builder previousResponseId(String previousResponseId) {
      this.previousResponseId = previousResponseId;
      return this;
    }

    /**
     * Sets {@code conversation}: the conversation this response belongs to; excludes {@code
     * previous_response_id}.
     *
     * @param conversation the value, or null to leave it absent
     * @return this builder
     */
    public Builder conversation(Conversation conversation) {
      this.conversation = conversation;
      return this;
    }

    /**
     * Sets {@code store}: whether the server keeps the response for later retrieval (default true).
     *
     * @param store the value, or null to leave it absent
     * @return this builder
     */
    public Builder store(Boolean store) {
      this.store = store;
      return this;
    }

    /**
     * Sets {@code background}: run asynchronously; poll, stream later, or cancel.
     *
     * @param background the value, or null to leave it absent
     * @return this builder
     */
    public Builder background(Boolean background) {
      this.background = background;
      return this;
    }

    /**
     * Sets {@code stream}: answer with server-sent events.
     *
     * @param stream the value, or null to leave it absent
     * @return this builder
     */
    public Builder stream(Boolean stream) {
      this.stream = stream;
      return this;
    }

    /**
     * Sets {@code stream_options}: options of a streamed response.
     *
     * @param streamOptions the value, or null to leave it absent
     * @return this builder
     */
    public Builder streamOptions(StreamOptions streamOptions) {
      this.streamOptions = streamOptions;
      return this;
    }

    /**
     * Sets {@code include}: extra data to return, see {@link Includable}.
     *
     * @param include the value, or null to leave it absent
     * @return this builder
     */
    public Builder include(List<String> include) {
      this.include = include;
      return this;
    }

    /**
     * Sets {@code metadata}: up to 16 key-value pairs stored with the response.
     *
     * @param metadata the value, or null to leave it absent
     * @return this builder
     */
    public Builder metadata(Map<String, String> metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * Sets {@code prompt}: a stored prompt template to use.
     *
     * @param prompt the value, or null to leave it absent
     * @return this builder
     */
    public Builder prompt(Prompt prompt) {
      this.prompt = prompt;
      return this;
    }

    /**
     * Sets {@code prompt_cache_key}: groups requests that share a prompt prefix, for cache hits.
     *
     * @param promptCacheKey the value, or null to leave it absent
     * @return this builder
     */
    public Builder promptCacheKey(String promptCacheKey) {
      this.promptCacheKey = promptCacheKey;
      return this;
    }

    /**
     * Sets {@code prompt_cache_retention}: deprecated: {@code in_memory} or {@code 24h}.
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
     * Sets {@code safety_identifier}: a stable, ideally hashed, id of the end user.
     *
     * @param safetyIdentifier the value, or null to leave it absent
     * @return this builder
     */
    public Builder safetyIdentifier(String safetyIdentifier) {
      this.safetyIdentifier = safetyIdentifier;
      return this;
    }

    /**
     * Sets {@code service_tier}: the processing tier, see {@link ServiceTier}.
     *
     * @param serviceTier the value, or null to leave it absent
     * @return this builder
     */
    public Builder serviceTier(String serviceTier) {
      this.serviceTier = serviceTier;
      return this;
    }

    /**
     * Sets {@code user}: deprecated end-user id; prefer {@code safety_identifier}.
     *
     * @param user the value, or null to leave it absent
     * @return this builder
     */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /**
     * Sets {@code moderation}: check input and output with a moderation model.
     *
     * @param moderation the value, or null to leave it absent
     * @return this builder
     */
    public Builder moderation(ModerationConfig moderation) {
      this.moderation = moderation;
      return this;
    }

    /**
     * Sets {@code context_management}: server-side context management such as compaction.
     *
     * @param contextManagement the value, or null to leave it absent
     * @return this builder
     */
    public Builder contextManagement(List<ContextManagement> contextManagement) {
      this.contextManagement = contextManagement;
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
     * Sets {@code input} to one user message.
     *
     * @param text the message
     * @return this builder
     */
    public Builder input(String text) {
      return input(Input.of(text));
    }

    /**
     * Sets {@code input} to a list of items.
     *
     * @param items messages, tool results, replayed output items...
     * @return this builder
     */
    public Builder input(List<? extends InputItem> items) {
      return input(Input.of(items));
    }

    /**
     * Sets {@code input} to a list of items.
     *
     * @param items messages, tool results, replayed output items...
     * @return this builder
     */
    public Builder input(InputItem... items) {
      return input(Input.of(items));
    }

    /**
     * Sets {@code tools}.
     *
     * @param tools the tools the model may call
     * @return this builder
     */
    public Builder tools(Tool... tools) {
      return tools(List.of(tools));
    }

    /**
     * Sets {@code tool_choice} to a mode.
     *
     * @param mode {@code auto}, {@code none} or {@code required}
     * @return this builder
     */
    public Builder toolChoice(String mode) {
      return toolChoice(new ToolChoice.Mode(mode));
    }

    /**
     * Sets {@code conversation} to a conversation id.
     *
     * @param id the conversation
     * @return this builder
     */
    public Builder conversation(String id) {
      return conversation(Conversation.of(id));
    }

    /**
     * Sets {@code include}.
     *
     * @param values see {@link Includable}
     * @return this builder
     */
    public Builder include(String... values) {
      return include(List.of(values));
    }

    /**
     * Adds one {@code metadata} entry.
     *
     * @param key the key (at most 64 characters)
     * @param value the value (at most 512 characters)
     * @return this builder
     */
    public Builder metadata(String key, String value) {
      Map<String, String> entries = new LinkedHashMap<>();
      if (metadata != null) {
        entries.putAll(metadata);
      }
      entries.put(key, value);
      return metadata(entries);
    }

    /**
     * Builds the value.
     *
     * @return the value
     */
    public CreateResponseRequest build() {
      return new CreateResponseRequest(
          model, input, instructions, tools, toolChoice, parallelToolCalls, maxOutputTokens,
          maxToolCalls, temperature, topP, topLogprobs, reasoning, text, truncation,
          previousResponseId, conversation, store, background, stream, streamOptions, include,
          metadata, prompt, promptCacheKey, promptCacheRetention, promptCacheOptions,
          safetyIdentifier, serviceTier, user, moderation, contextManagement, extra.build());
    }
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
