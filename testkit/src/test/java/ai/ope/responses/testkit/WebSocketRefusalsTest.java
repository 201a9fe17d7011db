package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.WebSocketModeTest.completed;
import static ai.ope.responses.testkit.WebSocketModeTest.create;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the WebSocket mode refuses, with the WebSocket error event, keeping the connection. */
class WebSocketRefusalsTest {

  private final FakeResponsesServer server = FakeResponsesServer.start();
  private final RecordingConnection socket = RecordingConnection.open(server);

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void aRefusedEventGetsAnErrorEventAndTheNextTurnOnTheSameConnectionIsAnswered()
      throws Exception {
    server.enqueue(Reply.text("still queued"));

    socket.sendFromClient(create("\"stream_id\":\"a\",\"stream\":true"));
    JsonObject error = socket.next();
    socket.sendFromClient(create("\"stream_id\":\"a\""));

    assertThat(error.getString("type")).isEqualTo("error");
    assertThat(error.getInt("status")).isEqualTo(400);
    assertThat(error.getString("stream_id")).isEqualTo("a");
    assertThat(error.getJsonObject("error").getString("type")).isEqualTo("invalid_request_error");
    assertThat(error.getJsonObject("error").getString("param")).isEqualTo("stream");
    assertThat(socket.isOpen()).isTrue();
    assertThat(WebSocketModeTest.types(socket.nextResponse())).endsWith("response.completed");
  }

  @Test
  void everyMalformedEventIsNamedInItsErrorEvent() throws Exception {
    assertThat(errorOf("not json").getString("code")).isEqualTo("invalid_json");
    assertThat(errorOf("{\"model\":\"m\"}").getString("param")).isEqualTo("type");
    assertThat(errorOf("{\"type\":\"session.update\"}").getString("message"))
        .contains("session.update");
    assertThat(errorOf(create("\"background\":true")).getString("param"))
        .isEqualTo("background");
    assertThat(errorOf(create("\"generate\":\"no\"")).getString("param")).isEqualTo("generate");
    assertThat(errorOf(create("\"bogus\":1")).getString("param")).isEqualTo("bogus");
    assertThat(errorOf("{\"type\":\"response.create\",\"input\":\"Hi\"}").getString("param"))
        .isEqualTo("model");
    assertThat(server.requests()).hasSize(7)
        .allSatisfy(request -> assertThat(request.status()).isEqualTo(400));
  }

  @Test
  void hostileFramesEachGetOneClearErrorAndLeaveTheConnectionOpen() throws Exception {
    List<String> hostile = List.of("", "null", "[]", "\"response.create\"", "{\"type\":null}",
        "[".repeat(5000), "{\"type\":\"response.create\",\"stream_id\":5}",
        create("\"stream_id\":\"" + "x".repeat(257) + "\""),
        "{\"type\":\"response.create\",\"model\":7,\"input\":\"Hi\"}",
        "{\"type\":\"response.create\",\"model\":\"m\",\"input\":{\"deep\":[1,{}]}}");

    for (String frame : hostile) {
      socket.sendFromClient(frame);
      JsonObject event = socket.next();
      assertThat(event.getString("type")).as(frame).isEqualTo("error");
      assertThat(event.getInt("status")).as(frame).isEqualTo(400);
      assertThat(event.getJsonObject("error").getString("message")).as(frame).isNotBlank();
    }

    assertThat(socket.isOpen()).isTrue();
    assertThat(socket.unread()).isEmpty();
    assertThat(server.requests()).hasSize(hostile.size());
  }

  @Test
  void anInvalidLaneIsRefusedWithoutBeingEchoed() throws Exception {
    socket.sendFromClient(create("\"stream_id\":\"no spaces\""));

    JsonObject error = socket.next();

    assertThat(error.getJsonObject("error").getString("param")).isEqualTo("stream_id");
    assertThat(error).doesNotContainKey("stream_id");
  }

  @Test
  void anUnknownPreviousResponseIsTheApis404() throws Exception {
    server.enqueue(Reply.text("unused"));

    socket.sendFromClient(create("\"previous_response_id\":\"resp_missing\""));
    JsonObject error = socket.next();

    assertThat(error.getInt("status")).isEqualTo(404);
    assertThat(error.getJsonObject("error").getString("code"))
        .isEqualTo("previous_response_not_found");
  }

  @Test
  void aScriptedErrorReplyIsAnErrorEventWithItsRetryAdvice() throws Exception {
    server.enqueue(Reply.rateLimited(Duration.ofSeconds(2)));
    server.enqueue(Reply.text("after the limit"));

    socket.sendFromClient(create("\"stream_id\":\"x\""));
    JsonObject error = socket.next();
    socket.sendFromClient(create("\"stream_id\":\"x\""));

    assertThat(error.getInt("status")).isEqualTo(429);
    assertThat(error.getJsonObject("error").getString("code")).isEqualTo("rate_limit_exceeded");
    assertThat(error.getJsonObject("error").getJsonObject("headers").getString("retry-after"))
        .isEqualTo("2");
    assertThat(completed(socket.nextResponse()).getString("status")).isEqualTo("completed");
  }

  @Test
  void withoutTheRequiredKeyTheConnectionGetsA401EventAndIsClosedAsAPolicyViolation()
      throws Exception {
    String key = "sk-canary-ws-0123456789";
    try (FakeResponsesServer guarded = FakeResponsesServer.builder().requireApiKey(key)
        .start()) {
      RecordingConnection wrong = RecordingConnection.open(guarded,
          Map.of("Authorization", List.of("Bearer sk-wrong")));
      RecordingConnection right = RecordingConnection.open(guarded,
          Map.of("Authorization", List.of("Bearer " + key)));
      guarded.enqueue(Reply.text("welcome"));

      JsonObject error = wrong.next();
      wrong.awaitEnd();
      right.sendFromClient(create("\"stream_id\":\"k\""));

      assertThat(error.getInt("status")).isEqualTo(401);
      assertThat(error.toString()).doesNotContain(key).doesNotContain("sk-wrong");
      assertThat(wrong.closeCode()).isEqualTo(1008);
      assertThat(completed(right.nextResponse()).getString("status")).isEqualTo("completed");
    }
  }

  private JsonObject errorOf(String frame) throws InterruptedException {
    socket.sendFromClient(frame);
    JsonObject event = socket.next();
    assertThat(event.getString("type")).isEqualTo("error");
    assertThat(event.get("error").getValueType()).isEqualTo(JsonValue.ValueType.OBJECT);
    return event.getJsonObject("error");
  }
}
