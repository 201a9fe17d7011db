package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The committed fixture {@value WebSocketToolLoop#FOLDER} holds the client frames other modules
 * send, and replays the agent's tool loop over one connection.
 */
class WebSocketToolLoopTest {

  private final Cassette fixture = Cassette.fromClasspath(WebSocketToolLoop.FOLDER);
  private final FakeResponsesServer server =
      FakeResponsesServer.builder().cassette(fixture).start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theFixtureHoldsTheFramesOtherModulesSend() throws Exception {
    SocketTranscript transcript;
    try (InputStream file = getClass().getResourceAsStream("/" + WebSocketToolLoop.FOLDER
        + "/001-websocket-responses/" + SocketTranscript.FILE)) {
      assertThat(file).as("the fixture").isNotNull();
      transcript = SocketTranscript.parse(new String(file.readAllBytes(),
          StandardCharsets.UTF_8));
    }

    assertThat(transcript.path()).isEqualTo("/v1/responses");
    assertThat(transcript.frames()).filteredOn(SocketTranscript.Frame::fromClient)
        .extracting(SocketTranscript.Frame::text).containsExactly(
            WebSocketToolLoop.warmUp(),
            WebSocketToolLoop.question("resp_rec0001"),
            WebSocketToolLoop.toolOutput("resp_rec0002", "call_rec0004"),
            WebSocketToolLoop.followUp("resp_rec0005"),
            WebSocketToolLoop.followUp("resp_rec0005"));
    assertThat(transcript.close()).isEqualTo(new SocketTranscript.Close(
        transcript.close().pauseMillis(), 1000, "client"));
  }

  @Test
  void theToolLoopReplaysOverOneConnection() throws Exception {
    try (SocketClient client = SocketClient.connect(server, null)) {
      client.send(WebSocketToolLoop.warmUp());
      List<JsonObject> warmUp = client.nextResponse();
      client.send(WebSocketToolLoop.question(id(warmUp)));
      List<JsonObject> question = client.nextResponse();
      String callId = WebSocketRecordingTest.callId(question);
      client.send(WebSocketToolLoop.toolOutput(id(question), callId));
      List<JsonObject> answer = client.nextResponse();
      client.send(WebSocketToolLoop.followUp(id(answer)));
      JsonObject limited = client.nextEvent();
      client.send(WebSocketToolLoop.followUp(id(answer)));
      List<JsonObject> retried = client.nextResponse();

      assertThat(WebSocketRecordingTest.completed(warmUp).getJsonArray("output")).isEmpty();
      assertThat(callId).isEqualTo("call_rec0004");
      assertThat(WebSocketRecordingTest.completed(answer).toString())
          .contains(WebSocketToolLoop.PARIS_ANSWER);
      assertThat(limited.getInt("status")).isEqualTo(429);
      assertThat(limited.getJsonObject("error").getString("code"))
          .isEqualTo("rate_limit_exceeded");
      assertThat(WebSocketRecordingTest.completed(retried).toString())
          .contains(WebSocketToolLoop.TOKYO_ANSWER);
      assertThat(WebSocketRecordingTest.completed(retried).getString("model"))
          .isEqualTo(WebSocketToolLoop.MODEL);
    }
    assertThat(server.unmatchedRequests()).isEmpty();
    assertThat(server.requests()).extracting(RecordedRequest::answeredBy).allMatch(
        by -> by.startsWith("cassette interaction 001-websocket-responses event "));
  }

  private static String id(List<JsonObject> events) {
    return WebSocketRecordingTest.completed(events).getString("id");
  }
}
