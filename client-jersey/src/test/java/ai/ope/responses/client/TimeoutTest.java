package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A slow server trips the read and whole-call timeouts, which surface as
 * ResponsesTimeoutException.
 */
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
        .isInstanceOf(ResponsesTimeoutException.class)
        .hasMessage("POST /responses: read timeout (PT0.3S) elapsed");
  }

  @Test
  void aStreamSilentBeforeItsFirstEventNamesTheIdleTimeoutThatApplied() {
    fixture.server.enqueue(Reply.text("stalled").withStallAfterEvents(0));

    // The read timeout is 300 ms; the stream's idle timeout, 200 ms, is what bounds the wait.
    assertThatThrownBy(() -> fixture.client.stream(ResponsesClientTest.request("x"),
        RequestOptions.builder().readTimeout(Duration.ofMillis(200)).build()))
        .isInstanceOf(ResponsesTimeoutException.class)
        .hasMessageStartingWith("POST /responses: stream idle timeout (PT0.2S) elapsed");
  }

  @Test
  void aReadTimeoutThatElapsesWhileConnectingIsNamedAsSuch() throws Exception {
    // A loopback listener that never accepts, its queue filled: the next connect hangs.
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket first = new Socket(full.getInetAddress(), full.getLocalPort());
        Socket second = new Socket(full.getInetAddress(), full.getLocalPort());
        ResponsesClient client = TestTransport.on(ResponsesClient.builder())
            .lookup(name -> null)
            .apiKey(FakeServerFixture.KEY)
            .baseUrl("http://127.0.0.1:" + full.getLocalPort() + "/v1")
            .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofMillis(200))
            .maxRetries(0).build()) {
      assertThat(first.isConnected() && second.isConnected()).as("the queue is full").isTrue();

      assertThatThrownBy(() -> client.create(ResponsesClientTest.request("x")))
          .isInstanceOf(ResponsesTimeoutException.class)
          .hasMessage("POST /responses: read timeout (PT0.2S) elapsed while connecting");
    }
  }

  @Test
  void theWholeCallTimeoutBoundsEveryAttempt() {
    fixture.server.enqueue(Reply.text("late").withDelayBeforeHeaders(Duration.ofSeconds(2)));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x"),
        RequestOptions.builder().readTimeout(Duration.ofSeconds(30))
            .timeout(Duration.ofMillis(400)).build()))
        .isInstanceOf(ResponsesTimeoutException.class);
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
