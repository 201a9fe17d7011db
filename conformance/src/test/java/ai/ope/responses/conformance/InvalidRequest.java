package ai.ope.responses.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.models.Reasoning;
import com.openai.models.ReasoningEffort;
import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseCustomToolCallOutput;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ToolChoiceOptions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Each request the real API refuses that an SDK user can send, as openai-java builds it (typed
 * where its builders can say it, additional or raw JSON where they cannot), with the error the
 * real API answers (the table of the fake server's validation contract). The openai-node
 * scenarios send the same bodies.
 *
 * <p>A known member of the wrong type goes in as an additional body property, the typed member
 * left unset: on the wire it is the same body, and the SDK's raw {@code JsonValue} setters would
 * be unchecked conversions, which this build refuses.
 */
enum InvalidRequest {
  UNKNOWN_TOP_LEVEL_PARAMETER(ApiError.invalid("unknown_parameter", "bogus"), previous ->
      hello().putAdditionalBodyProperty("bogus", JsonValue.from(1))),
  UNKNOWN_NESTED_PARAMETER(ApiError.invalid("unknown_parameter", "input[0].bogus"), previous ->
      model().inputOfResponse(List.of(ResponseInputItem.ofEasyInputMessage(
          EasyInputMessage.builder().role(EasyInputMessage.Role.USER).content("Hello.")
              .putAdditionalProperty("bogus", JsonValue.from(1)).build())))),
  TEMPERATURE_ABOVE_MAXIMUM(ApiError.invalid("decimal_above_max_value", "temperature"),
      previous -> hello().temperature(5.0)),
  TEMPERATURE_BELOW_MINIMUM(ApiError.invalid("decimal_below_min_value", "temperature"),
      previous -> hello().temperature(-1.0)),
  TOP_P_ABOVE_MAXIMUM(ApiError.invalid("decimal_above_max_value", "top_p"),
      previous -> hello().topP(1.5)),
  TOP_LOGPROBS_ABOVE_MAXIMUM(ApiError.invalid("integer_above_max_value", "top_logprobs"),
      previous -> hello().topLogprobs(21L)),
  MAX_OUTPUT_TOKENS_BELOW_MINIMUM(ApiError.invalid("integer_below_min_value",
      "max_output_tokens"), previous -> hello().maxOutputTokens(5L)),
  TEMPERATURE_OF_THE_WRONG_TYPE(ApiError.invalid("invalid_type", "temperature"), previous ->
      hello().putAdditionalBodyProperty("temperature", JsonValue.from("hot"))),
  INPUT_OF_THE_WRONG_TYPE(ApiError.invalid("invalid_type", "input"), previous ->
      model().putAdditionalBodyProperty("input", JsonValue.from(42))),
  EMPTY_MODEL(ApiError.invalid("empty_string", "model"), previous ->
      ResponseCreateParams.builder().model("").input("Hello.")),
  MISSING_MODEL(ApiError.invalid("missing_required_parameter", "model"), previous ->
      ResponseCreateParams.builder().input("Hello.")),
  MISSING_MESSAGE_CONTENT(ApiError.invalid("missing_required_parameter", "input[0].content"),
      previous -> model().putAdditionalBodyProperty("input",
          JsonValue.from(List.of(Map.of("type", "message", "role", "user"))))),
  METADATA_VALUE_TOO_LONG(ApiError.invalid("string_above_max_length", "metadata.k"),
      previous -> hello().metadata(ResponseCreateParams.Metadata.builder()
          .putAdditionalProperty("k", JsonValue.from("x".repeat(600))).build())),
  METADATA_WITH_TOO_MANY_MEMBERS(ApiError.invalid("object_above_max_properties", "metadata"),
      previous -> hello().metadata(ResponseCreateParams.Metadata.builder()
          .putAllAdditionalProperties(IntStream.range(0, 17).boxed().collect(
              Collectors.toMap(i -> "key" + i, i -> JsonValue.from("v"))))
          .build())),
  UNKNOWN_INPUT_ITEM_TYPE(ApiError.invalid("invalid_value", "input[0].type"), previous ->
      model().putAdditionalBodyProperty("input",
          JsonValue.from(List.of(Map.of("type", "nonsense"))))),
  UNKNOWN_CONTENT_PART_TYPE(ApiError.invalid("invalid_value", "input[0].content[1].type"),
      previous -> model().putAdditionalBodyProperty("input", JsonValue.from(List.of(Map.of(
          "type", "message", "role", "user", "content", List.of(
              Map.of("type", "input_text", "text", "Hello."), Map.of("type", "nonsense"))))))),
  ASSISTANT_MESSAGE_WITH_AN_INPUT_PART(ApiError.invalid("invalid_value", "input[0].content[0]"),
      previous -> model().putAdditionalBodyProperty("input", JsonValue.from(List.of(Map.of(
          "role", "assistant", "content", List.of(Map.of("type", "input_text", "text",
              "Hello."))))))),
  STRICT_FORMAT_WITHOUT_ADDITIONAL_PROPERTIES_FALSE(ApiError.invalid("invalid_json_schema",
      "text.format.schema"), previous -> hello().putAdditionalBodyProperty("text",
          JsonValue.from(Map.of("format", Map.of("type", "json_schema", "name", "out",
              "strict", true, "schema", Map.of("type", "object", "properties", Map.of())))))),
  STRICT_FUNCTION_WITH_AN_OPTIONAL_PARAMETER(ApiError.invalid("invalid_function_parameters",
      "tools[0].parameters"), previous -> hello().putAdditionalBodyProperty("tools",
          JsonValue.from(List.of(Map.of("type", "function", "name", "get_weather", "strict",
              true, "parameters", Map.of("type", "object", "properties", Map.of("city",
                  Map.of("type", "string")), "additionalProperties", false)))))),
  UNKNOWN_TOOL_TYPE(ApiError.invalid("invalid_value", "tools[0].type"), previous ->
      hello().putAdditionalBodyProperty("tools",
          JsonValue.from(List.of(Map.of("type", "nonsense"))))),
  UNKNOWN_TOOL_CHOICE(ApiError.invalid("invalid_value", "tool_choice"), previous ->
      hello().addTool(WeatherTool.tool()).toolChoice(ToolChoiceOptions.of("sometimes"))),
  UNKNOWN_REASONING_EFFORT(ApiError.invalid("invalid_value", "reasoning.effort"), previous ->
      hello().reasoning(Reasoning.builder().effort(ReasoningEffort.of("extreme")).build())),
  PREVIOUS_RESPONSE_WITH_CONVERSATION(ApiError.invalid("mutually_exclusive_parameters",
      "previous_response_id"), previous ->
      hello().previousResponseId(previous).conversation("conv_123")),
  FUNCTION_CALL_OUTPUT_WITHOUT_ITS_CALL(ApiError.invalid(null, "input"), previous ->
      model().inputOfResponse(List.of(ResponseInputItem.ofFunctionCallOutput(
          ResponseInputItem.FunctionCallOutput.builder().callId("call_abc").output("42")
              .build())))),
  CUSTOM_TOOL_CALL_OUTPUT_WITHOUT_ITS_CALL(ApiError.invalid(null, "input"), previous ->
      model().inputOfResponse(List.of(ResponseInputItem.ofCustomToolCallOutput(
          ResponseCustomToolCallOutput.builder().callId("call_abc").output("42").build())))),
  UNKNOWN_MODEL(ApiError.invalid("model_not_found", "model"), previous ->
      ResponseCreateParams.builder().model("gpt-nonexistent").input("Hello.")),
  UNKNOWN_PREVIOUS_RESPONSE(new ApiError(404, "invalid_request_error",
      "previous_response_not_found", "previous_response_id"), previous ->
      hello().previousResponseId("resp_unknown"));

  /** The model the servers of these scenarios know; any other is {@link #UNKNOWN_MODEL}. */
  static final String KNOWN_MODEL = OpenAiJava.MODEL;

  private final ApiError expected;
  private final Function<String, ResponseCreateParams.Builder> request;

  InvalidRequest(ApiError expected, Function<String, ResponseCreateParams.Builder> request) {
    this.expected = expected;
    this.request = request;
  }

  /** What the real API answers. */
  ApiError expected() {
    return expected;
  }

  /**
   * The request, as openai-java sends it.
   *
   * @param previousResponseId a stored response's id, for requests that chain on one
   */
  ResponseCreateParams params(String previousResponseId) {
    return request.apply(previousResponseId).build();
  }

  /**
   * Every request as the JSON body openai-java sends, for other SDKs to send alike:
   * {@code [{"name", "body"}]}, a stored response's id written {@code $PREVIOUS_RESPONSE_ID}.
   */
  static String bodies() throws JsonProcessingException {
    JsonMapper json = ObjectMappers.jsonMapper();
    ArrayNode bodies = json.createArrayNode();
    for (InvalidRequest invalid : values()) {
      bodies.addObject().put("name", invalid.name())
          .set("body", json.valueToTree(invalid.params("$PREVIOUS_RESPONSE_ID")._body()));
    }
    return json.writeValueAsString(bodies);
  }

  private static ResponseCreateParams.Builder model() {
    return ResponseCreateParams.builder().model(KNOWN_MODEL);
  }

  private static ResponseCreateParams.Builder hello() {
    return model().input("Hello.");
  }
}
