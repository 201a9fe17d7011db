package ai.ope.responses.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;

/**
 * What each line of {@code conformance.mjs} must say, by scenario name: the same behaviour the
 * openai-java tests ask of the server, as openai-node observed it.
 */
final class NodeScenarios {

  private static final List<String> SKIES = List.of("clear", "cloudy", "rain");

  private NodeScenarios() {}

  /** Every scenario, in the order the script runs them, with its checks. */
  static Map<String, BiConsumer<SoftAssertions, JsonNode>> all() {
    Map<String, BiConsumer<SoftAssertions, JsonNode>> all = new LinkedHashMap<>();
    all.put("create", (softly, line) -> {
      softly.assertThat(text(line, "id")).as("create: id").startsWith("resp_");
      softly.assertThat(text(line, "status")).as("create: status").isEqualTo("completed");
      softly.assertThat(text(line, "text")).as("create: text").isNotBlank();
      softly.assertThat(text(line, "outputText")).as("create: the SDK's output_text")
          .isEqualTo(text(line, "text"));
    });
    all.put("stream", (softly, line) -> {
      softly.assertThat(text(line, "first")).as("stream: first event")
          .isEqualTo("response.created");
      softly.assertThat(text(line, "last")).as("stream: last event")
          .isEqualTo("response.completed");
      softly.assertThat(text(line, "deltas")).as("stream: text deltas, joined").isNotEmpty()
          .isEqualTo(text(line, "jsonText"));
      softly.assertThat(text(line, "completedText")).as("stream: completed response's text")
          .isEqualTo(text(line, "jsonText"));
    });
    all.put("retrieve", (softly, line) -> {
      softly.assertThat(text(line, "retrievedId")).as("retrieve: id")
          .isEqualTo(text(line, "createdId"));
      softly.assertThat(text(line, "retrievedText")).as("retrieve: text")
          .isEqualTo(text(line, "createdText"));
    });
    all.put("chain and input items", (softly, line) -> {
      softly.assertThat(text(line, "previousResponseId")).as("chain: previous_response_id")
          .isEqualTo(text(line, "firstId"));
      softly.assertThat(text(line, "status")).as("chain: status").isEqualTo("completed");
      softly.assertThat(line.path("inputTexts").toString()).as("chain: input items' texts")
          .contains("\"What is my name?\"");
    });
    all.put("delete", (softly, line) -> {
      softly.assertThat(line.path("retrievedAfterDelete").asBoolean(true))
          .as("delete: retrieved after delete").isFalse();
      softly.assertThat(text(line.path("error"), "class")).as("delete: error class")
          .isEqualTo("NotFoundError");
      softly.assertThat(line.path("error").path("status").asInt()).as("delete: error status")
          .isEqualTo(404);
    });
    all.put("parse with a JSON schema", NodeScenarios::parsed);
    all.put("required tool call", (softly, line) -> {
      JsonNode calls = line.path("calls");
      if (calls.size() != 1) {
        softly.fail("required tool call: expected one function call, got %s", line);
        return;
      }
      JsonNode call = calls.path(0);
      softly.assertThat(text(call, "name")).as("required tool call: name")
          .isEqualTo(WeatherTool.NAME);
      softly.assertThat(text(call, "callId")).as("required tool call: call_id")
          .startsWith("call_");
      softly.check(() -> WeatherTool.assertFitsTheParameters(text(call, "arguments")));
    });
    all.put("function call output turn", (softly, line) -> {
      if (line.has("notRun")) {
        softly.fail("function call output turn: not run, %s", text(line, "notRun"));
        return;
      }
      softly.assertThat(text(line, "status")).as("function call output turn: status")
          .isEqualTo("completed");
      softly.assertThat(line.path("functionCalls").asInt(-1))
          .as("function call output turn: function calls").isZero();
      softly.assertThat(text(line, "text")).as("function call output turn: text").isNotBlank();
    });
    for (InvalidRequest invalid : InvalidRequest.values()) {
      all.put("invalid: " + invalid.name(), (softly, line) -> rejected(softly, line, invalid));
    }
    return all;
  }

  private static void parsed(SoftAssertions softly, JsonNode line) {
    JsonNode parsed = line.path("parsed");
    String what = "parse: output_parsed " + parsed + " of text " + text(line, "text");
    softly.assertThat(text(line, "status")).as("parse: status").isEqualTo("completed");
    if (!parsed.isObject()) {
      softly.fail("%s: not a JSON object", what);
      return;
    }
    softly.assertThat(parsed.path("city").isTextual()).as(what + ": city").isTrue();
    softly.assertThat(parsed.path("high_celsius").isIntegralNumber()).as(what + ": high_celsius")
        .isTrue();
    softly.assertThat(text(parsed, "sky")).as(what + ": sky").isIn(SKIES);
    softly.assertThat(parsed.path("hourly").isArray()).as(what + ": hourly").isTrue();
    softly.assertThat(parsed.path("place").path("country").isTextual())
        .as(what + ": place.country").isTrue();
    softly.assertThat(parsed.path("place").path("latitude").isNumber())
        .as(what + ": place.latitude").isTrue();
  }

  private static void rejected(SoftAssertions softly, JsonNode line, InvalidRequest invalid) {
    String scenario = "invalid: " + invalid.name();
    ApiError expected = invalid.expected();
    JsonNode error = line.path("error");
    if (line.path("accepted").asBoolean(true) || error.isMissingNode()) {
      softly.fail("%s: accepted (%s) where the real API answers %s", scenario, line, expected);
      return;
    }
    softly.assertThat(text(error, "class")).as("%s: error class", scenario)
        .isEqualTo(expected.status() == 404 ? "NotFoundError" : "BadRequestError");
    softly.assertThat(new ApiError(error.path("status").asInt(), text(error, "type"),
            text(error, "code"), text(error, "param")))
        .as("%s: the error envelope (%s)", scenario, text(error, "message")).isEqualTo(expected);
    JsonNode sdk = error.path("sdk");
    softly.assertThat(new ApiError(error.path("status").asInt(), text(sdk, "type"),
            text(sdk, "code"), text(sdk, "param")))
        .as("%s: the SDK error's type, code and param", scenario).isEqualTo(expected);
  }

  /** A member's text; null when it is JSON null or absent. */
  private static String text(JsonNode node, String member) {
    JsonNode value = node.path(member);
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }
}
