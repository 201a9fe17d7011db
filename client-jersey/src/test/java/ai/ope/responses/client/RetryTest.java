package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What is retried, how many times, and after how long: observed in the fake server's journal. */
class RetryTest {

  private final FakeServerFixture fixture = new FakeServerFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aRateLimitIsRetriedOnceAfterTheServersRetryAfter() {
    fixture.server.enqueue(Reply.error(429, "requests", "rate_limit_exceeded", "Slow down.")
        .withHeader("retry-after", "1"));
    fixture.server.enqueue(Reply.text("finally"));

    long start = System.nanoTime();
    Response response = fixture.client.create(ResponsesClientTest.request("x"));
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(response.outputText()).isEqualTo("finally");
    List<RecordedRequest> sent = fixture.server.requests();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).header("x-retry-count")).isEmpty();
    assertThat(sent.get(1).header("x-retry-count")).hasValue("1");
    assertThat(sent.get(1).bodyAsString()).isEqualTo(sent.get(0).bodyAsString());
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void serverErrorsAreRetriedUpToTheLimitThenTheLastErrorIsThrown() {
    fixture.server.enqueue(Reply.error(500, "server_error", null, "first"));
    fixture.server.enqueue(Reply.error(500, "server_error", null, "second"));
    fixture.server.enqueue(Reply.error(500, "server_error", null, "third"));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x")))
        .isInstanceOf(InternalServerException.class).hasMessageContaining("third");
    assertThat(fixture.server.requestCount()).isEqualTo(3);
  }

  @Test
  void aBadRequestIsNotRetried() {
    fixture.server.enqueue(Reply.error(400, "invalid_request_error", null, "bad"));
    fixture.server.enqueue(Reply.text("never"));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x")))
        .isInstanceOf(BadRequestException.class);
    assertThat(fixture.server.requestCount()).isEqualTo(1);
  }

  @Test
  void theServerCanForbidOrAskForARetry() {
    fixture.server.enqueue(Reply.serviceUnavailable().withHeader("x-should-retry", "false"));
    fixture.server.enqueue(Reply.error(400, "invalid_request_error", null, "stale")
        .withHeader("x-should-retry", "true").withHeader("retry-after-ms", "10"));
    fixture.server.enqueue(Reply.text("ok"));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x")))
        .isInstanceOf(InternalServerException.class);
    assertThat(fixture.client.create(ResponsesClientTest.request("x")).outputText())
        .isEqualTo("ok");
    assertThat(fixture.server.requestCount()).isEqualTo(3);
  }

  @Test
  void aResetConnectionIsRetried() {
    fixture.server.enqueue(Reply.connectionReset());
    fixture.server.enqueue(Reply.text("after the reset"));

    Response response = fixture.client.create(ResponsesClientTest.request("x"));

    assertThat(response.outputText()).isEqualTo("after the reset");
    assertThat(fixture.server.requestCount()).isEqualTo(2);
  }

  @Test
  void aConnectionThatKeepsFailingIsAConnectionException() {
    fixture.server.enqueue(Reply.connectionReset());
    fixture.server.enqueue(Reply.connectionReset());
    fixture.server.enqueue(Reply.connectionReset());

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x")))
        .isInstanceOf(ConnectionException.class)
        .hasMessageStartingWith("POST /responses: the connection to 127.0.0.1:"
            + fixture.server.baseUri().getPort() + " failed");
    assertThat(fixture.server.requestCount()).isEqualTo(3);
  }

  @Test
  void aServerThatCannotBeReachedIsNamedWithItsPort() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (ResponsesClient client = TestTransport.on(ResponsesClient.builder().lookup(name -> null)
        .apiKey(FakeServerFixture.KEY).baseUrl("http://127.0.0.1:" + closedPort + "/v1")
        .maxRetries(0)).build()) {
      assertThatThrownBy(() -> client.create(ResponsesClientTest.request("x")))
          .isInstanceOf(ConnectionException.class)
          .hasMessageStartingWith("POST /responses: cannot connect to 127.0.0.1:" + closedPort)
          .hasMessageNotContaining(FakeServerFixture.KEY);
    }
  }

  @Test
  void perRequestOptionsChangeTheRetries() {
    fixture.server.enqueue(Reply.serverError());
    fixture.server.enqueue(Reply.text("never"));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x"),
        RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(InternalServerException.class);
    assertThat(fixture.server.requestCount()).isEqualTo(1);
  }

  @Test
  void theBackoffScalesFromItsFirstPauseAndStillYieldsToTheServer() {
    Duration initial = Duration.ofMillis(10);

    assertThat(RetryPolicy.delay(1, Map.of(), initial))
        .isBetween(Duration.ofMillis(7), Duration.ofMillis(10));
    assertThat(RetryPolicy.delay(3, Map.of(), initial))
        .isBetween(Duration.ofMillis(30), Duration.ofMillis(40));
    assertThat(RetryPolicy.delay(9, Map.of(), initial))
        .isBetween(Duration.ofMillis(120), Duration.ofMillis(160));
    assertThat(RetryPolicy.delay(1, Map.of("retry-after-ms", List.of("250")), initial))
        .isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void theServersDelayIsHonouredAndCapped() {
    assertThat(RetryPolicy.delay(1, Map.of("retry-after-ms", List.of("250"))))
        .isEqualTo(Duration.ofMillis(250));
    assertThat(RetryPolicy.delay(1, Map.of("Retry-After", List.of("2"))))
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(RetryPolicy.delay(1, Map.of("retry-after", List.of("86400"))))
        .isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryPolicy.delay(1, Map.of("retry-after",
        List.of("Wed, 21 Oct 2015 07:28:00 GMT")))).isEqualTo(Duration.ZERO);
    assertThat(RetryPolicy.delay(4, Map.of()))
        .isBetween(Duration.ofMillis(3000), Duration.ofMillis(4000));
    assertThat(RetryPolicy.delay(10, Map.of("retry-after", List.of("soon"))))
        .isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
  }
}
