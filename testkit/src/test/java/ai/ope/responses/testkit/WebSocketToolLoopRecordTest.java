package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Records the shared fixture {@value WebSocketToolLoop#FOLDER} again, through the recorder from a
 * scripted upstream, when run with {@code -Dfixtures.record=true} (from the testkit folder:
 * {@code mvn -B -o test -pl testkit -am -Dtest=WebSocketToolLoopRecordTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfixtures.record=true}); skipped otherwise, since
 * other modules replay the committed recording and its content should stay as it is.
 */
class WebSocketToolLoopRecordTest {

  private static final String KEY = "sk-canary-fixture-0123456789abcdefghij";

  @Test
  void recordsTheToolLoopFixture() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("fixtures.record"), "the shared fixture "
        + WebSocketToolLoop.FOLDER + " is recorded again only with -Dfixtures.record=true");
    Path folder = Path.of("src/test/resources").resolve(WebSocketToolLoop.FOLDER);
    try (FakeResponsesServer upstream = FakeResponsesServer.builder().requireApiKey(KEY)
        .start()) {
      // a model's pace, scaled down: a wait before the first event, then a steady stream
      upstream.enqueue(paced(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}")));
      upstream.enqueue(paced(Reply.text(WebSocketToolLoop.PARIS_ANSWER)));
      upstream.enqueue(Reply.rateLimited(Duration.ofSeconds(1))
          .withDelayBeforeHeaders(Duration.ofMillis(20)));
      upstream.enqueue(paced(Reply.text(WebSocketToolLoop.TOKYO_ANSWER)));
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      try (FakeResponsesServer recorder = FakeResponsesServer.builder()
          .recording(Recording.to(folder).upstream(upstream.baseUri()).mode(RecordMode.ALL))
          .onRecorded(lines::add).start()) {
        try (SocketClient client = SocketClient.connect(recorder, KEY)) {
          client.send(WebSocketToolLoop.warmUp());
          String warmUpId = completed(client.nextResponse());
          client.send(WebSocketToolLoop.question(warmUpId));
          List<JsonObject> question = client.nextResponse();
          client.send(WebSocketToolLoop.toolOutput(completed(question),
              WebSocketRecordingTest.callId(question)));
          String answerId = completed(client.nextResponse());
          client.send(WebSocketToolLoop.followUp(answerId));
          assertThat(client.nextEvent().getInt("status")).isEqualTo(429);
          client.send(WebSocketToolLoop.followUp(answerId));
          client.nextResponse();
        }
        // written once the client has closed
        assertThat(lines.poll(10, TimeUnit.SECONDS)).startsWith("recorded WebSocket")
            .endsWith(" as 001-websocket-responses");
        assertThat(recorder.recordingProblems()).isEmpty();
      }
    }
    assertThat(folder.resolve("001-websocket-responses").resolve(SocketTranscript.FILE))
        .exists();
  }

  private static Reply paced(Reply reply) {
    return reply.withDelayBeforeHeaders(Duration.ofMillis(60))
        .withDelayBetweenEvents(Duration.ofMillis(8));
  }

  private static String completed(List<JsonObject> events) {
    return WebSocketRecordingTest.completed(events).getString("id");
  }
}
