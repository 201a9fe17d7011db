package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Parameters the real API refuses get its 400 with the same code, param and wording
 * ({@code briefs/errors.md}; corpus 030 for the minimum): unknown members, numbers out of range,
 * wrong types, lengths and sizes, missing members.
 */
class ValidationParametersTest {

  private final FakeResponsesServer server = FakeResponsesServer.builder()
      .fallback(FakeResponsesServer.Fallback.MODEL).start();
  private final Rejections rejections = new Rejections(server);

  @AfterEach
  void close() {
    server.close();
  }

  /** JSON written with single quotes, for readability. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void unknownMembersAtAnyDepth() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':'hi','bogus':1}"), "unknown_parameter",
        "bogus", "Unknown parameter: 'bogus'.");
    rejections.assertCreate(json("{'model':'m','input':[{'role':'user','content':'hi','bogus':1}]}"),
        "unknown_parameter", "input[0].bogus", "Unknown parameter: 'input[0].bogus'.");
    rejections.assertCreate(json("{'model':'m','input':'hi','tools':[{'type':'file_search',"
        + "'vector_store_ids':['vs_1'],'max_results':3}]}"), "unknown_parameter",
        "tools[0].max_results", "Unknown parameter: 'tools[0].max_results'.");
  }

  @Test
  void numbersOutOfRange() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':'hi','temperature':5}"),
        "decimal_above_max_value", "temperature", "Invalid 'temperature': decimal above maximum"
            + " value. Expected a value <= 2, but got 5 instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','temperature':-1}"),
        "decimal_below_min_value", "temperature", "Invalid 'temperature': decimal below minimum"
            + " value. Expected a value >= 0, but got -1 instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','top_p':1.5}"),
        "decimal_above_max_value", "top_p", "Invalid 'top_p': decimal above maximum value."
            + " Expected a value <= 1, but got 1.5 instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','top_logprobs':21}"),
        "integer_above_max_value", "top_logprobs", "Invalid 'top_logprobs': integer above"
            + " maximum value. Expected a value <= 20, but got 21 instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','max_output_tokens':5}"),
        "integer_below_min_value", "max_output_tokens", "Invalid 'max_output_tokens': integer"
            + " below minimum value. Expected a value >= 16, but got 5 instead.");
  }

  @Test
  void wrongTypes() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':'hi','temperature':'hot'}"),
        "invalid_type", "temperature", "Invalid type for 'temperature': expected a decimal,"
            + " but got a string instead.");
    rejections.assertCreate(json("{'model':'m','input':5}"), "invalid_type", "input",
        "Invalid type for 'input': expected one of a string or an array, but got an integer"
            + " instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','max_output_tokens':16.5}"),
        "invalid_type", "max_output_tokens", "Invalid type for 'max_output_tokens': expected"
            + " an integer, but got a decimal number instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','stream':'yes'}"), "invalid_type",
        "stream", "Invalid type for 'stream': expected a boolean, but got a string instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','tools':{}}"), "invalid_type",
        "tools", "Invalid type for 'tools': expected an array, but got an object instead.");
    rejections.assertCreate(json("{'model':null,'input':'hi'}"), "invalid_type", "model",
        "Invalid type for 'model': expected a string, but got null instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','reasoning':[]}"), "invalid_type",
        "reasoning", "Invalid type for 'reasoning': expected an object, but got an array"
            + " instead.");
  }

  @Test
  void stringsLengthsAndSizes() throws Exception {
    rejections.assertCreate(json("{'model':'','input':'hi'}"), "empty_string", "model",
        "Invalid 'model': empty string. Expected a string with minimum length 1, but got an"
            + " empty string instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','metadata':{'k':'" + "v".repeat(600)
        + "'}}"), "string_above_max_length", "metadata.k", "Invalid 'metadata.k': string too"
            + " long. Expected a string with maximum length 512, but got a string with length"
            + " 600 instead.");
    StringBuilder metadata = new StringBuilder();
    for (int i = 0; i < 17; i++) {
      metadata.append(i == 0 ? "" : ",").append("'k").append(i).append("':'v'");
    }
    rejections.assertCreate(json("{'model':'m','input':'hi','metadata':{" + metadata + "}}"),
        "object_above_max_properties", "metadata", "Invalid 'metadata': too many properties."
            + " Expected an object with at most 16 properties, but got an object with 17"
            + " properties instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','context_management':[]}"),
        "array_below_min_length", "context_management", "Invalid 'context_management': array"
            + " too short. Expected an array with minimum length 1, but got an array with"
            + " length 0 instead.");
    String fileIds = "'f'" + ",'f'".repeat(50);
    rejections.assertCreate(json("{'model':'m','input':'hi','tools':[{'type':'code_interpreter',"
        + "'container':{'type':'auto','file_ids':[" + fileIds + "]}}]}"),
        "array_above_max_length", "tools[0].container.file_ids", "Invalid"
            + " 'tools[0].container.file_ids': array too long. Expected an array with maximum"
            + " length 50, but got an array with length 51 instead.");
    rejections.assertCreate(json("{'model':'m','input':'hi','tools':[{'type':'function',"
        + "'name':'get weather','parameters':{}}]}"), "invalid_value", "tools[0].name",
        "Invalid 'tools[0].name': string does not match pattern. Expected a string that"
            + " matches the pattern '^[a-zA-Z0-9_-]+$'.");
  }

  @Test
  void missingMembers() throws Exception {
    rejections.assertCreate(json("{'input':'hi'}"), "missing_required_parameter", "model",
        "Missing required parameter: 'model'.");
    rejections.assertCreate(json("{'model':'m','input':[{'role':'user'}]}"),
        "missing_required_parameter", "input[0].content",
        "Missing required parameter: 'input[0].content'.");
    rejections.assertCreate(json("{'model':'m','input':'hi','tools':[{'name':'f'}]}"),
        "missing_required_parameter", "tools[0].type",
        "Missing required parameter: 'tools[0].type'.");
    Rejections.assertError(rejections.of("/responses/compact", json("{'input':'hi'}")),
        "missing_required_parameter", "model", "Missing required parameter: 'model'.");
  }

  @Test
  void onlyTheFirstProblemInTheOrderOfTheBody() throws Exception {
    assertThat(rejections.of("/responses", json("{'bogus':1,'model':'m','temperature':5}"))
        .param()).isEqualTo("bogus");
    assertThat(rejections.of("/responses", json("{'temperature':5,'model':'m','bogus':1}"))
        .param()).isEqualTo("temperature");
  }

  @Test
  void everyEndpointWithABodyIsChecked() throws Exception {
    Rejections.assertError(rejections.of("/responses/input_tokens",
        json("{'model':'m','input':'hi','stream':true}")), "unknown_parameter", "stream",
        "Unknown parameter: 'stream'.");
    Rejections.assertError(rejections.of("/responses/compact",
        json("{'model':'m','input':'hi','service_tier':'scale'}")), "invalid_value",
        "service_tier", "Invalid value: 'scale'. Supported values are: 'auto', 'default',"
            + " 'fast', 'flex', and 'priority'.");
  }
}
