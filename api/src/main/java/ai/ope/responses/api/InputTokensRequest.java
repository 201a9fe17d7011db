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
import java.util.List;

/**
 * The body of {@code POST /responses/input_tokens}: a request whose input tokens to count.
 *
 * @param model the model id
 * @param input the input
 * @param instructions the instructions
 * @param previousResponseId a stored response to continue
 * @param conversation a conversation to continue
 * @param tools the tools
 * @param toolChoice the tool choice
 * @param parallelToolCalls whether parallel tool calls are allowed
 * @param text the text output options
 * @param reasoning the reasoning options
 * @param truncation the truncation strategy
 * @param personality e.g. {@code friendly} or {@code pragmatic}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record InputTokensRequest(
    String model,
    Input input,
    String instructions,
    String previousResponseId,
    Conversation conversation,
    List<Tool> tools,
    ToolChoice toolChoice,
    Boolean parallelToolCalls,
    TextConfig text,
    Reasoning reasoning,
    String truncation,
    String personality,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param model the model id
   * @param input the input
   * @param instructions the instructions
   * @param previousResponseId a stored response to continue
   * @param conversation a conversation to continue
   * @param tools the tools
   * @param toolChoice the tool choice
   * @param parallelToolCalls whether parallel tool calls are allowed
   * @param text the text output options
   * @param reasoning the reasoning options
   * @param truncation the truncation strategy
   * @param personality e.g. {@code friendly} or {@code pragmatic}
   * @param extra members this type does not model, or null for none
   */
  public InputTokensRequest {
    tools = Values.list(tools);
    extra = Values.extra(extra);
  }

  /**
   * The token-count request for the same input, instructions and tools as a create request.
   *
   * @param request the create request
   * @return the token-count request
   */
  public static InputTokensRequest of(CreateResponseRequest request) {
    return new InputTokensRequest(request.model(), request.input(), request.instructions(),
        request.previousResponseId(), request.conversation(), request.tools(),
        request.toolChoice(), request.parallelToolCalls(), request.text(), request.reasoning(),
        request.truncation(), null, null);
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
    builder.instructions = instructions;
    builder.previousResponseId = previousResponseId;
    builder.conversation = conversation;
    builder.tools = tools;
    builder.toolChoice = toolChoice;
    builder.parallelToolCalls = parallelToolCalls;
    builder.text = text;
    builder.reasoning = reasoning;
    builder.truncation = truncation;
    builder.personality = personality;
    extra.forEach(builder.extra::add);
    return builder;
  }

  /**
   * Builds {@link InputTokensRequest} values. Unset members are absent from the JSON.
   *
   * <p>Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {

    private String model;
    private Input input;
    private String instructions;
    private String previousResponseId;
    private Conversation conversation;
    private List<Tool> tools;
    private ToolChoice toolChoice;
    private Boolean parallelToolCalls;
    private TextConfig text;
    private Reasoning reasoning;
    private String truncation;
    private String personality;
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
     * Sets {@code input}: the input.
     *
     * @param input the value, or null to leave it absent
     * @return this builder
     */
    public Builder input(Input input) {
      this.input = input;
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
     * Sets {@code previous_response_id}: a stored response to continue.
     *
     * @param previousResponseId the value, or null to leave it absent
     * @return this builder
     */
    public Builder previousResponseId(String previousResponseId) {
      this.previousResponseId = previousResponseId;
      return this;
    }

    /**
     * Sets {@code conversation}: a conversation to continue.
     *
     * @param conversation the value, or null to leave it absent
     * @return this builder
     */
    public Builder conversation(Conversation conversation) {
      this.conversation = conversation;
      return this;
    }

    /**
     * Sets {@code tools}: the tools.
     *
     * @param tools the value, or null to leave it absent
     * @return this builder
     */
    public Builder tools(List<Tool> tools) {
      this.tools = tools;
      return this;
    }

    /**
     * Sets {@code tool_choice}: the tool choice.
     *
     * @param toolChoice the value, or null to leave it absent
     * @return this builder
     */
    public Builder toolChoice(ToolChoice toolChoice) {
      this.toolChoice = toolChoice;
      return this;
    }

    /**
     * Sets {@code parallel_tool_calls}: whether parallel tool calls are allowed.
     *
     * @param parallelToolCalls the value, or null to leave it absent
     * @return this builder
     */
    public Builder parallelToolCalls(Boolean parallelToolCalls) {
      this.parallelToolCalls = parallelToolCalls;
      return this;
    }

    /**
     * Sets {@code text}: the text output options.
     *
     * @param text the value, or null to leave it absent
     * @return this builder
     */
    public Builder text(TextConfig text) {
      this.text = text;
      return this;
    }

    /**
     * Sets {@code reasoning}: the reasoning options.
     *
     * @param reasoning the value, or null to leave it absent
     * @return this builder
     */
    public Builder reasoning(Reasoning reasoning) {
      this.reasoning = reasoning;
      return this;
    }

    /**
     * Sets {@code truncation}: the truncation strategy.
     *
     * @param truncation the value, or null to leave it absent
     * @return this builder
     */
    public Builder truncation(String truncation) {
      this.truncation = truncation;
      return this;
    }

    /**
     * Sets {@code personality}: e.g. {@code friendly} or {@code pragmatic}.
     *
     * @param personality the value, or null to leave it absent
     * @return this builder
     */
    public Builder personality(String personality) {
      this.personality = personality;
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
    public InputTokensRequest build() {
      return new InputTokensRequest(
          model, input, instructions, previousResponseId, conversation, tools, toolChoice,
          parallelToolCalls, text, reasoning, truncation, personality, extra.build());
    }
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
