package ai.ope.responses.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;

/**
 * What each line of {@code ws-conformance.mjs} must say, by scenario name: openai-node's
 * {@code ResponsesWS} on one socket to the fake server, with the replies the script queued
 * through the admin API (their texts and errors are the script's, repeated here).
 */
final class NodeWebSocketScenarios {

  private NodeWebSocketScenarios() {}

  /** Every scenario, in the order the script runs them, with its checks. */
  static Map<String, BiConsumer<SoftAssertions, JsonNode>> all() {
    Map<String, BiConsumer<SoftAssertions, JsonNode>> all = new LinkedHashMap<>();
    all.put("ws: chained turns", (softly, line) -> {
      JsonNode first = line.path("first");
      JsonNode second = line.path("second");
      completed(softly, "first turn", first, "My name is Ada.");
      completed(softly, "second turn", second, "You are Ada.");
      softly.assertThat(text(second, "previousResponseId"))
          .as("second turn: previous_response_id").isNotNull().isEqualTo(text(first, "id"));
      softly.assertThat(line.path("closedEarly").isNull()).as("socket closed early: %s",
          line.path("closedEarly")).isTrue();
      softly.assertThat(line.path("webSocketCreates").asInt())
          .as("journal: creates with \"transport\":\"websocket\"").isEqualTo(2);
      softly.assertThat(line.path("withheldHeaders").toString())
          .as("journal: the key sent on the upgrade, withheld by name")
          .contains("\"authorization\"");
      line.path("answeredBy").forEach(answer -> softly.assertThat(answer.asText())
          .as("journal: what answered").startsWith("queued reply"));
    });
    all.put("ws: error event then a turn", (softly, line) -> {
      JsonNode refused = line.path("refused").path("error");
      softly.assertThat(text(refused, "class")).as("400: SDK error class")
          .isEqualTo("WebSocketError");
      softly.assertThat(text(refused, "message")).as("400: SDK error message")
          .isEqualTo("Your input exceeds the context window of this model.");
      JsonNode event = refused.path("event");
      softly.assertThat(event.path("status").asInt()).as("400: event status").isEqualTo(400);
      softly.assertThat(text(event.path("error"), "type")).as("400: error.type")
          .isEqualTo("invalid_request_error");
      softly.assertThat(text(event.path("error"), "code")).as("400: error.code")
          .isEqualTo("context_length_exceeded");
      softly.assertThat(text(event.path("error"), "param")).as("400: error.param")
          .isEqualTo("input");
      JsonNode limited = line.path("limited").path("error");
      softly.assertThat(text(limited, "class")).as("429: SDK error class")
          .isEqualTo("WebSocketError");
      softly.assertThat(limited.path("event").path("status").asInt()).as("429: event status")
          .isEqualTo(429);
      softly.assertThat(text(limited.path("event").path("error"), "code")).as("429: error.code")
          .isEqualTo("rate_limit_exceeded");
      softly.assertThat(text(limited.path("event").path("error").path("headers"), "retry-after"))
          .as("429: error.headers retry-after").isEqualTo("2");
      completed(softly, "turn after the errors", line.path("after"), "Fine again.");
      softly.assertThat(line.path("closedEarly").isNull()).as("socket closed early: %s",
          line.path("closedEarly")).isTrue();
      softly.assertThat(line.path("webSocketCreates").asInt())
          .as("journal: creates over the socket").isEqualTo(3);
    });
    all.put("ws: the key", (softly, line) -> {
      JsonNode refused = line.path("wrongKey").path("error");
      softly.assertThat(text(refused, "class")).as("wrong key: SDK error class (%s)",
          line.path("wrongKey")).isEqualTo("WebSocketError");
      softly.assertThat(refused.path("event").path("status").asInt()).as("wrong key: status")
          .isEqualTo(401);
      softly.assertThat(line.path("closedAfterWrongKey").path("code").asInt())
          .as("wrong key: the socket's close code (%s)", line.path("closedAfterWrongKey"))
          .isEqualTo(1008);
      softly.assertThat(line.toString()).as("wrong key: never echoed").doesNotContain("sk-wrong");
      softly.assertThat(text(line.path("rightKey"), "status")).as("right key: status (%s)",
          line.path("rightKey")).isEqualTo("completed");
      softly.assertThat(text(line.path("rightKey"), "text")).as("right key: text").isNotBlank();
    });
    return all;
  }

  private static void completed(SoftAssertions softly, String turn, JsonNode line,
      String expectedText) {
    softly.assertThat(text(line, "status")).as("%s: status (%s)", turn, line)
        .isEqualTo("completed");
    softly.assertThat(text(line, "text")).as("%s: text", turn).isEqualTo(expectedText);
    softly.assertThat(text(line, "deltas")).as("%s: text deltas, joined", turn)
        .isEqualTo(expectedText);
    softly.assertThat(text(line, "first")).as("%s: first event", turn)
        .isEqualTo("response.created");
    softly.assertThat(text(line, "last")).as("%s: last event", turn)
        .isEqualTo("response.completed");
  }

  /** A member's text; null when it is JSON null or absent. */
  private static String text(JsonNode node, String member) {
    JsonNode value = node.path(member);
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }
}
