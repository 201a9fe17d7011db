package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a listener is told, and in which order, for the calls and streams users make. */
class ResponsesClientListenerTest {

  private final RecordingListener listener = new RecordingListener();
  private final FakeServerFixture fixture = new FakeServerFixture(FakeResponsesServer.start(),
      builder -> builder.listener(listener).initialRetryDelay(Duration.ofMillis(10)));

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aCreateIsOneCallWithOneAnsweredAttempt() {
    fixture.server.enqueue(Reply.text("hello").withHeader("set-cookie", "session=secret"));

    fixture.client.create(Frames.request("Hi"));

    assertThat(listener.seen).containsExactly("start CREATE", "sent 0", "answered 0 200",
        "end Response");
    ClientCall call = listener.calls.get(0);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.endpoint().toString()).isEqualTo(fixture.server.baseUri() + "/responses");
    assertThat(call.request()).containsInstanceOf(ai.ope.responses.api.CreateResponseRequest.class);
    assertThat(listener.answeredHeaders.get(0)).doesNotContainKeys("set-cookie", "authorization");
  }

  @Test
  void aStreamReadToItsEndIsToldEachEventThenCompleted() {
    fixture.server.enqueue(Reply.text("one two").withChunks(2));

    Response response;
    try (ResponseStream stream = fixture.client.stream(Frames.request("Hi"))) {
      response = stream.finalResponse();
    }

    assertThat(listener.seen).startsWith("start STREAM", "sent 0", "answered 0 200", "end null",
        "stream start 200", "event response.created");
    assertThat(listener.seen).endsWith("event response.completed", "stream end COMPLETED");
    assertThat(listener.seen).filteredOn(line -> line.startsWith("event "))
        .hasSizeGreaterThan(3);
    assertThat(listener.ends).singleElement()
        .satisfies(end -> assertThat(end.response()).isEqualTo(response));
  }

  @Test
  void aStreamClosedEarlyEndsOnceAsClosed() {
    fixture.server.enqueue(Reply.text("one two three four").withChunks(4));

    ResponseStream stream = fixture.client.stream(Frames.request("Hi"));
    for (ResponseStreamEvent event : stream) {
      if (event.type().equals("response.output_text.delta")) {
        stream.close();
      }
    }
    stream.close();

    assertThat(listener.ends).singleElement()
        .satisfies(end -> assertThat(end.reason()).isEqualTo(StreamEnd.Reason.CLOSED));
    assertThat(listener.seen.get(listener.seen.size() - 1)).isEqualTo("stream end CLOSED");
  }

  @Test
  void aStreamCancelledEndsOnceAsCancelled() {
    fixture.server.enqueue(Reply.text("one two three four").withChunks(4));

    try (ResponseStream stream = fixture.client.stream(Frames.request("Hi"))) {
      stream.iterator().next();
      stream.cancel();
    }

    assertThat(listener.ends).extracting(StreamEnd::reason)
        .containsExactly(StreamEnd.Reason.CANCELLED);
  }

  @Test
  void aStreamCutMidWayEndsAsFailedWithTheReadersException() {
    fixture.server.enqueue(Reply.text("one two three four").withChunks(4).withCutAfterEvents(3));

    try (ResponseStream stream = fixture.client.stream(Frames.request("Hi"))) {
      assertThatThrownBy(stream::finalResponse).isInstanceOf(StreamInterruptedException.class);
    }

    assertThat(listener.ends).singleElement().satisfies(end -> {
      assertThat(end.reason()).isEqualTo(StreamEnd.Reason.FAILED);
      assertThat(end.failure()).isInstanceOf(StreamInterruptedException.class);
      assertThat(end.response()).isNotNull();
    });
  }

  @Test
  void aRateLimitThenSuccessIsOneCallWithARetry() {
    fixture.server.enqueue(Reply.rateLimited(Duration.ofMillis(20)));
    fixture.server.enqueue(Reply.text("finally"));

    fixture.client.create(Frames.request("Hi"));

    assertThat(listener.seen).containsExactly("start CREATE", "sent 0", "answered 0 429",
        "retry 1 RateLimitException 20", "sent 1", "answered 1 200", "end Response");
  }

  @Test
  void aBadRequestEndsTheCallWithItsException() {
    fixture.server.enqueue(Reply.error(400, "invalid_request_error", null, "bad"));

    assertThatThrownBy(() -> fixture.client.create(Frames.request("Hi")))
        .isInstanceOf(BadRequestException.class);

    assertThat(listener.seen).containsExactly("start CREATE", "sent 0", "answered 0 400",
        "end BadRequestException");
  }

  @Test
  void aCallWithoutAnAnswerEndsWithItsException() {
    fixture.server.enqueue(Reply.text("late").withDelayBeforeHeaders(Duration.ofSeconds(2)));

    assertThatThrownBy(() -> fixture.client.create(Frames.request("Hi"),
        RequestOptions.builder().readTimeout(Duration.ofMillis(200)).maxRetries(0).build()))
        .isInstanceOf(ResponsesTimeoutException.class);

    assertThat(listener.seen).containsExactly("start CREATE", "sent 0",
        "failed 0 ResponsesTimeoutException", "end ResponsesTimeoutException");
  }

  @Test
  void eachOperationIsNamed() {
    fixture.server.enqueue(Reply.text("kept"));
    Response created = fixture.client.create(Frames.request("Hi"));

    fixture.client.retrieve(created.id());
    fixture.client.listInputItems(created.id(), InputItemsParams.defaults());
    fixture.client.delete(created.id());

    assertThat(listener.calls).extracting(ClientCall::operation).containsExactly(
        ClientCall.Operation.CREATE, ClientCall.Operation.RETRIEVE,
        ClientCall.Operation.LIST_INPUT_ITEMS, ClientCall.Operation.DELETE);
    assertThat(listener.calls.get(1).endpoint().toString())
        .isEqualTo(fixture.server.baseUri() + "/responses/" + created.id());
    assertThat(listener.calls.get(1).request()).isEmpty();
  }

  @Test
  void aThrowingListenerBreaksNeitherTheCallNorTheOtherListeners() {
    RecordingListener second = new RecordingListener();
    ResponsesClientListener throwing = new ThrowingListener();
    try (LogRecords logs = LogRecords.capture();
        FakeServerFixture own = new FakeServerFixture(FakeResponsesServer.start(),
            builder -> builder.listener(throwing).listener(second))) {
      own.server.enqueue(Reply.text("still fine"));
      own.server.enqueue(Reply.text("streamed").withChunks(2));

      assertThat(own.client.create(Frames.request("Hi")).outputText()).isEqualTo("still fine");
      try (ResponseStream stream = own.client.stream(Frames.request("Hi"))) {
        assertThat(stream.finalResponse().outputText()).isEqualTo("streamed");
      }

      assertThat(second.seen).contains("end Response", "stream end COMPLETED");
      List<String> warnings = logs.at(java.util.logging.Level.WARNING);
      assertThat(warnings).singleElement().asString()
          .contains("IllegalStateException", "onCallStart").doesNotContain(FakeServerFixture.KEY);
    }
  }
}
