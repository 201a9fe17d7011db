package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a listener is told of the responses of a WebSocket connection, and in which order. */
class SocketListenerTest {

  private final RecordingListener listener = new RecordingListener();
  private final FakeServerFixture fixture = new FakeServerFixture(FakeResponsesServer.start(),
      builder -> builder.listener(listener));

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aSocketTurnIsOneCallAnsweredByItsFirstEventThenAStream() {
    fixture.server.enqueue(Reply.text("one two").withChunks(2));
    CreateResponseRequest request = Frames.request("Hi");

    Response response;
    long delivered;
    try (ResponsesConnection connection = fixture.client.connect();
        ResponseStream events = connection.send(request)) {
      response = events.finalResponse();
      delivered = events.accumulator().eventCount();
    }

    assertThat(listener.seen).startsWith("start SOCKET_CREATE", "sent 0", "answered 0 200",
        "end null", "stream start 200", "event response.created");
    assertThat(listener.seen).endsWith("event response.completed", "stream end COMPLETED");
    assertThat(listener.seen).filteredOn(line -> line.startsWith("event "))
        .hasSize((int) delivered);
    assertThat(listener.ends).singleElement()
        .satisfies(end -> assertThat(end.response()).isEqualTo(response));
    ClientCall call = listener.calls.get(0);
    assertThat(call.method()).isEqualTo(ClientCall.WEBSOCKET);
    assertThat(call.operation().isStream()).isTrue();
    assertThat(call.endpoint().toString()).isEqualTo("ws://" + fixture.server.baseUri()
        .getRawAuthority() + fixture.server.baseUri().getRawPath() + "/responses");
    assertThat(call.request()).containsSame(request);
    assertThat(call.toString()).isEqualTo("ClientCall[SOCKET_CREATE WEBSOCKET /v1/responses]");
  }

  @Test
  void anErrorEventIsTheCallsAnswerAndTheNextTurnOnTheSocketIsItsOwnCall() {
    fixture.server.enqueue(Reply.rateLimited(Duration.ofMillis(1500)));
    fixture.server.enqueue(Reply.text("after the error"));

    try (ResponsesConnection connection = fixture.client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("first")).finalResponse())
          .isInstanceOf(RateLimitException.class);
      assertThat(connection.send(Frames.request("second")).finalResponse().outputText())
          .isEqualTo("after the error");
    }

    assertThat(listener.seen).startsWith("start SOCKET_CREATE", "sent 0", "answered 0 429",
        "end RateLimitException", "start SOCKET_CREATE", "sent 0", "answered 0 200", "end null",
        "stream start 200", "event response.created");
    assertThat(listener.seen).endsWith("stream end COMPLETED");
    assertThat(listener.answeredHeaders.get(0)).containsEntry("retry-after-ms", List.of("1500"))
        .doesNotContainKey("authorization");
    assertThat(listener.ends).hasSize(1);
    assertThat(listener.calls).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aSocketDroppedMidResponseEndsTheStreamAsFailedAndTheReconnectIsTheNextCalls() {
    fixture.server.enqueue(Reply.text("The quick brown fox").withChunks(4)
        .withCutAfterEvents(4));
    fixture.server.enqueue(Reply.text("Reconnected."));

    try (ResponsesConnection connection = fixture.client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("cut")).finalResponse())
          .isInstanceOf(StreamInterruptedException.class);
      int cut = listener.seen.size();
      assertThat(listener.seen).startsWith("start SOCKET_CREATE", "sent 0", "answered 0 200",
          "end null", "stream start 200").endsWith("stream end FAILED")
          .filteredOn(line -> line.startsWith("event ")).hasSize(4);
      connection.send(Frames.request("again")).finalResponse();

      assertThat(listener.seen.subList(cut, listener.seen.size())).startsWith(
          "start SOCKET_CREATE", "sent 0", "answered 0 200").endsWith("stream end COMPLETED");
    }
    assertThat(listener.ends.get(0)).satisfies(end -> {
      assertThat(end.reason()).isEqualTo(StreamEnd.Reason.FAILED);
      assertThat(end.failure()).isInstanceOf(StreamInterruptedException.class);
      assertThat(end.response()).isNotNull();
    });
  }

  @Test
  void aSocketDroppedBeforeTheFirstEventFailsTheCallItself() {
    fixture.server.enqueue(Reply.text("never read").withCutAfterEvents(0));

    try (ResponsesConnection connection = fixture.client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("cut")).finalResponse())
          .isInstanceOf(StreamInterruptedException.class);
    }

    assertThat(listener.seen).containsExactly("start SOCKET_CREATE", "sent 0",
        "failed 0 StreamInterruptedException", "end StreamInterruptedException");
  }

  @Test
  void aResponseClosedFromAnotherThreadMidStreamEndsOnceAsClosed() throws Exception {
    fixture.server.enqueue(Reply.text("one two three four").withChunks(4)
        .withStallAfterEvents(2));

    try (ResponsesConnection connection = fixture.client.connect()) {
      ResponseStream events = connection.send(Frames.request("Hi"));
      CompletableFuture<Long> reader = CompletableFuture.supplyAsync(() -> {
        long read = 0;
        for (ResponseStreamEvent ignored : events) {
          read++;
        }
        return read;
      });
      while (events.responseId().isEmpty()) {
        Thread.sleep(5); // the reader has the first event
      }
      CompletableFuture.runAsync(events::close).get(10, TimeUnit.SECONDS);
      reader.get(10, TimeUnit.SECONDS);
    }

    assertThat(listener.seen).startsWith("start SOCKET_CREATE", "sent 0", "answered 0 200",
        "end null", "stream start 200", "event response.created");
    assertThat(listener.seen).filteredOn(line -> line.startsWith("stream end"))
        .containsExactly("stream end CLOSED");
    assertThat(listener.seen).filteredOn(line -> line.startsWith("end "))
        .containsExactly("end null");
  }

  @Test
  void aResponseClosedBeforeItsFirstEventEndsItsCallThenItsStream() throws Exception {
    fixture.server.enqueue(Reply.text("late").withDelayBeforeHeaders(Duration.ofSeconds(1)));

    try (ResponsesConnection connection = fixture.client.connect()) {
      ResponseStream events = connection.send(Frames.request("Hi"));
      CompletableFuture.runAsync(events::close).get(10, TimeUnit.SECONDS);
      assertThat(events.iterator().hasNext()).isFalse();
    }

    assertThat(listener.seen).containsExactly("start SOCKET_CREATE", "sent 0", "end null",
        "stream end CLOSED");
  }

  @Test
  void aFailedReconnectIsToldAttemptByAttemptWithItsRetries() throws Exception {
    try (ResponsesConnection connection = afterATurnAndADrop(fixture, ConnectOptions.defaults()
        .maxReconnects(1).reconnectBackoff(Duration.ofMillis(10)))) {
      listener.seen.clear();

      assertThatThrownBy(() -> connection.send(Frames.request("again")))
          .isInstanceOf(ConnectionException.class);
    }

    assertThat(listener.seen).containsExactly("start SOCKET_CREATE", "sent 0",
        "failed 0 ConnectionException", "retry 1 ConnectionException 10", "sent 1",
        "failed 1 ConnectionException", "end ConnectionException");
  }

  /**
   * A connection that made one turn, then lost its socket with the server, which no longer
   * listens: its next send has to reconnect, and cannot.
   */
  static ResponsesConnection afterATurnAndADrop(FakeServerFixture fixture,
      ConnectOptions options) throws InterruptedException {
    fixture.server.enqueue(Reply.text("first"));
    ResponsesConnection connection = fixture.client.connect(options);
    connection.send(Frames.request("Hi")).finalResponse();
    fixture.server.close();
    for (int i = 0; i < 500 && connection.toString().endsWith(", open]"); i++) {
      Thread.sleep(10); // until the client has seen the drop
    }
    return connection;
  }

  @Test
  void aWarmUpIsItsOwnKindOfCall() {
    fixture.server.enqueue(Reply.text(""));

    try (ResponsesConnection connection = fixture.client.connect()) {
      connection.warmUp(Frames.request("Hi"));
    }

    assertThat(listener.calls).extracting(ClientCall::operation)
        .containsExactly(ClientCall.Operation.SOCKET_WARM_UP);
    assertThat(listener.seen).startsWith("start SOCKET_WARM_UP", "sent 0", "answered 0 200",
        "end null", "stream start 200").endsWith("stream end COMPLETED");
  }

  @Test
  void aThrowingListenerBreaksNeitherASocketResponseNorTheOtherListeners() {
    RecordingListener second = new RecordingListener();
    ResponsesClientListener throwing = new ThrowingListener();
    try (LogRecords logs = LogRecords.capture();
        FakeServerFixture own = new FakeServerFixture(FakeResponsesServer.start(),
            builder -> builder.listener(throwing).listener(second));
        ResponsesConnection connection = own.client.connect()) {
      own.server.enqueue(Reply.text("still fine").withChunks(2));

      assertThat(connection.send(Frames.request("Hi")).finalResponse().outputText())
          .isEqualTo("still fine");

      assertThat(second.seen).startsWith("start SOCKET_CREATE", "sent 0", "answered 0 200",
          "end null", "stream start 200").endsWith("stream end COMPLETED");
      assertThat(logs.at(java.util.logging.Level.WARNING)).singleElement().asString()
          .contains("IllegalStateException", "onCallStart").doesNotContain(FakeServerFixture.KEY);
    }
  }
}
