package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Our client's WebSocket mode against the fake server's, end to end over a real socket on the
 * port of the HTTP API: what an application's own test does.
 */
class WebSocketFakeServerTest {

  private final FakeResponsesServer server = FakeResponsesServer.builder()
      .requireApiKey(FakeServerFixture.KEY).fallback(FakeResponsesServer.Fallback.MODEL).start();
  private final ResponsesClient client = ResponsesClient.builder().lookup(name -> null)
      .apiKey(FakeServerFixture.KEY).baseUrl(server.baseUri().toString()).maxRetries(0)
      .streamIdleTimeout(Duration.ofSeconds(10)).build();

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void twoChainedTurnsOnOneSocketKeepTheConversation() {
    server.enqueue(Reply.text("Paris."));
    server.enqueue(Reply.text("Paris, en français."));

    try (ResponsesConnection connection = client.connect()) {
      Response first = connection.send(Frames.request("Capital of France?")).finalResponse();
      Response second = connection.send(Frames.request("And in French?").toBuilder()
          .previousResponseId(first.id()).build()).finalResponse();

      assertThat(first.outputText()).isEqualTo("Paris.");
      assertThat(second.outputText()).isEqualTo("Paris, en français.");
      assertThat(second.previousResponseId()).isEqualTo(first.id());
    }
    List<RecordedRequest> creates = server.requests();
    assertThat(creates).hasSize(2).allSatisfy(request -> {
      assertThat(request.overWebSocket()).isTrue();
      assertThat(request.header("Authorization")).contains("Bearer " + FakeServerFixture.KEY);
    });
  }

  @Test
  void anErrorEventFailsOneResponseAndTheSocketServesTheNext() {
    server.enqueue(Reply.error(429, "rate_limit_exceeded", "rate_limit_exceeded",
        "Slow down."));
    server.enqueue(Reply.text("After the error."));

    try (ResponsesConnection connection = client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("first")).finalResponse())
          .isInstanceOf(RateLimitException.class).hasMessageContaining("Slow down.");
      assertThat(connection.send(Frames.request("second")).finalResponse().outputText())
          .isEqualTo("After the error.");
    }
  }

  @Test
  void twoLanesAreAnsweredEachInItsOwnStream() {
    server.enqueue(Reply.text("for lane a").withChunks(5));
    server.enqueue(Reply.text("for lane b").withChunks(5));

    try (ResponsesConnection connection = client.connect()) {
      ResponseStream a = connection.send(Frames.request("a"), "lane-a");
      ResponseStream b = connection.send(Frames.request("b"), "lane-b");

      assertThat(b.finalResponse().outputText()).isEqualTo("for lane b");
      assertThat(a.finalResponse().outputText()).isEqualTo("for lane a");
    }
    assertThat(server.requests()).extracting(request -> request.streamId().orElse(null))
        .containsExactly("lane-a", "lane-b");
  }

  @Test
  void aSocketCutMidResponseFailsItWithThePartialResponseAndTheNextSendReconnects() {
    server.enqueue(Reply.text("The quick brown fox").withChunks(4).withCutAfterEvents(4));
    server.enqueue(Reply.text("Reconnected."));

    try (ResponsesConnection connection = client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("cut")).finalResponse())
          .isInstanceOfSatisfying(StreamInterruptedException.class,
              e -> assertThat(e.partialResponse()).isNotNull());
      assertThat(connection.send(Frames.request("again")).finalResponse().outputText())
          .isEqualTo("Reconnected.");
    }
  }

  @Test
  void aStalledResponseFailsWithAnIdleTimeoutAndItsPartialResponse() {
    server.enqueue(Reply.text("Never finished.").withStallAfterEvents(2));

    try (ResponsesConnection connection = client.connect(ConnectOptions.defaults()
        .idleTimeout(Duration.ofMillis(300)))) {
      assertThatThrownBy(() -> connection.send(Frames.request("stall")).finalResponse())
          .isInstanceOfSatisfying(StreamInterruptedException.class, error -> {
            assertThat(error.idleTimeout()).isTrue();
            assertThat(error.partialResponse()).isNotNull();
          });
    }
  }

  @Test
  void closingTheConnectionFromAnotherThreadEndsAReaderWaitingOnAStalledResponse()
      throws Exception {
    server.enqueue(Reply.text("Waiting forever.").withStallAfterEvents(2));
    ResponsesConnection connection = client.connect();
    ResponseStream stream = connection.send(Frames.request("stall"));
    CountDownLatch reading = new CountDownLatch(1);
    CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
      try {
        for (ResponseStreamEvent event : stream) {
          reading.countDown();
        }
        return null;
      } catch (RuntimeException failure) {
        return failure;
      }
    });
    // the reader has had an event: it reads on until the stall, then waits
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

    connection.close();

    assertThat(reader.get(10, TimeUnit.SECONDS))
        .isInstanceOf(StreamInterruptedException.class);
  }

  @Test
  void anotherGrizzlyWebSocketServerOfTheJvmKeepsItsOwnUpgrades() throws Exception {
    // Grizzly keeps one registry of WebSocket applications per JVM: the fake server (already
    // started) must not claim the upgrades of another server on the same path
    ScriptedSocketServer other = new ScriptedSocketServer(
        (socket, request) -> ResponsesConnectionTest.turn(socket, request, "from the other"));
    try (other; ResponsesClient elsewhere = ResponsesClient.builder().lookup(name -> null)
        .apiKey(FakeServerFixture.KEY).baseUrl(other.baseUrl()).maxRetries(0).build();
        ResponsesConnection connection = elsewhere.connect()) {
      assertThat(connection.send(Frames.request("hi")).finalResponse().outputText())
          .isEqualTo("from the other");
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aWrongKeyIsRefusedWithoutShowingIt() {
    try (ResponsesClient wrong = ResponsesClient.builder().lookup(name -> null)
        .apiKey("sk-wrong-" + FakeServerFixture.KEY.substring(3)).baseUrl(
            server.baseUri().toString()).maxRetries(0).build();
        ResponsesConnection connection = wrong.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("hi")).finalResponse())
          .isInstanceOfSatisfying(AuthenticationException.class,
              refused -> assertThat(refused.status()).isEqualTo(401))
          .hasMessageNotContaining(FakeServerFixture.KEY.substring(3));
    }
    assertThat(server.requests()).as("a refused connection's request is not sent").isEmpty();
  }
}
