package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A slow server trips the read and whole-call timeouts, which surface as TimeoutException. */
class TimeoutTest {

  private final FakeServerFixture fixture = new FakeServerFixture(FakeResponsesServer.start(),
      builder -> builder.readTimeout(Duration.ofMillis(300)).maxRetries(0));

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aSlowFirstByteTripsTheReadTimeout() {
    fixture.server.enqueue(Reply.text("late").withDelayBeforeHeaders(Duration.ofSeconds(2)));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x")))
        .isInstanceOf(TimeoutException.class)
        .hasMessage("POST /responses: read timeout (PT0.3S) elapsed");
  }

  @Test
  void aStreamSilentBeforeItsFirstEventNamesTheIdleTimeoutThatApplied() {
    fixture.server.enqueue(Reply.text("stalled").withStallAfterEvents(0));

    // The read timeout is 300 ms; the stream's idle timeout, 200 ms, is what bounds the wait.
    assertThatThrownBy(() -> fixture.client.stream(ResponsesClientTest.request("x"),
        RequestOptions.builder().readTimeout(Duration.ofMillis(200)).build()))
        .isInstanceOf(TimeoutException.class)
        .hasMessage("POST /responses: stream idle timeout (PT0.2S) elapsed");
  }

  @Test
  void theWholeCallTimeoutBoundsEveryAttempt() {
    fixture.server.enqueue(Reply.text("late").withDelayBeforeHeaders(Duration.ofSeconds(2)));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x"),
        RequestOptions.builder().readTimeout(Duration.ofSeconds(30))
            .timeout(Duration.ofMillis(400)).build()))
        .isInstanceOf(TimeoutException.class);
  }

  @Test
  void timeoutsAreRetriedLikeConnectionFailures() {
    fixture.server.enqueue(Reply.text("late").withDelayBeforeHeaders(Duration.ofSeconds(2)));
    fixture.server.enqueue(Reply.text("in time"));

    String text = fixture.client.create(ResponsesClientTest.request("x"),
        RequestOptions.builder().maxRetries(1).build()).outputText();

    assertThat(text).isEqualTo("in time");
  }
}
