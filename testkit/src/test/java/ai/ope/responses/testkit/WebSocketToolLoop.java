package ai.ope.responses.testkit;

/**
 * The client frames of the shared fixture {@code cassettes/websocket-tool-loop}, one WebSocket
 * connection of an agent with one tool: a warm-up, a turn answered by a {@code get_weather}
 * call, the call's output answered by text, a turn refused by a rate limit (429 {@code error}
 * event), and the same turn sent again, answered by text. Other modules replay the fixture
 * (the client in client-jersey, openai-node in conformance): what is sent here is what they
 * must send, with the ids the replay gives them.
 */
final class WebSocketToolLoop {

  /** The fixture's folder under the test resources. */
  static final String FOLDER = "cassettes/websocket-tool-loop";
  static final String MODEL = "gpt-4.1-mini";
  static final String INSTRUCTIONS = "You answer questions about the weather. Call get_weather"
      + " for the facts.";
  static final String TOOLS = "[{\"type\":\"function\",\"name\":\"get_weather\","
      + "\"description\":\"The current weather in a city.\",\"parameters\":{\"type\":\"object\","
      + "\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],"
      + "\"additionalProperties\":false},\"strict\":true}]";
  static final String WEATHER = "{\"city\":\"Paris\",\"temperature_c\":18,"
      + "\"conditions\":\"sunny\"}";
  static final String PARIS_ANSWER = "It is 18 degrees and sunny in Paris.";
  static final String TOKYO_ANSWER = "Tokyo is at 22 degrees under light rain.";

  private WebSocketToolLoop() {}

  /** Event 1: the warm-up, {@code generate: false}. */
  static String warmUp() {
    return "{\"type\":\"response.create\",\"generate\":false,\"model\":\"" + MODEL + "\","
        + "\"instructions\":\"" + INSTRUCTIONS + "\",\"tools\":" + TOOLS + "}";
  }

  /** Event 2: the question, continuing from the warm-up; answered by a get_weather call. */
  static String question(String warmUpId) {
    return turn(warmUpId, "\"What is the weather in Paris?\"");
  }

  /** Event 3: the call's output; answered by text. */
  static String toolOutput(String questionId, String callId) {
    return turn(questionId, "[{\"type\":\"function_call_output\",\"call_id\":\"" + callId
        + "\",\"output\":" + Json.PROVIDER.createValue(WEATHER) + "}]");
  }

  /** Events 4 and 5: a follow-up, refused by a rate limit the first time; sent again as is. */
  static String followUp(String toolOutputId) {
    return turn(toolOutputId, "\"And in Tokyo?\"");
  }

  private static String turn(String previousId, String input) {
    return "{\"type\":\"response.create\",\"model\":\"" + MODEL + "\",\"previous_response_id\":\""
        + previousId + "\",\"instructions\":\"" + INSTRUCTIONS + "\",\"tools\":" + TOOLS
        + ",\"input\":" + input + "}";
  }
}
