package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stream that ends any other way than with its terminal event throws, after delivering the
 * events before the end, and keeps what arrived.
 */
class StreamFailureTest {

  private FakeServerFixture fixture = new FakeServerFixture();
  private final List<ResponseStreamEvent> delivered = new ArrayList<>();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aStreamCutAfterSomeEventsIsInterruptedWithThePartialResponse() {
    fixture.server.enqueue(Reply.text("The quick brown fox jumps").withChunks(5)
        .withCutAfterEvents(6));

    assertThatThrownBy(() -> readInto(fixture.client.stream(Frames.request("Fox"))))
        .isInstanceOfSatisfying(StreamInterruptedException.class, e -> {
          assertThat(e.idleTimeout()).isFalse();
          assertThat(e.partialResponse().outputText())
              .isEqualTo(ResponseStreamTest.deltas(delivered)).isNotEmpty();
          assertThat(e.lastSequenceNumber()).contains(5);
          assertThat(e.partialResponse().id()).startsWith("resp_");
          assertThat(e.requestId()).isPresent();
        })
        .hasMessageContaining("stopped before a terminal event")
        .hasMessageContaining("after 6 event(s)");
    assertThat(delivered).hasSize(6);
    assertThat(fixture.server.requestCount()).as("no retry after events were delivered")
        .isEqualTo(1);
  }

  @Test
  void anErrorEventSurfacesAsATypedExceptionAfterTheEventsBeforeIt() {
    fixture.server.enqueue(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, "Part") + Frames.error(3, "server_error", "The model stopped.")));

    assertThatThrownBy(() -> readInto(fixture.client.stream(Frames.request("Err"))))
        .isInstanceOfSatisfying(StreamErrorException.class, e -> {
          assertThat(e.code()).contains("server_error");
          assertThat(e.event().errorMessage()).isEqualTo("The model stopped.");
          assertThat(e.partialResponse().outputText()).isEqualTo("Part");
          assertThat(e.lastSequenceNumber()).contains(3);
        })
        .hasMessageContaining("server_error").hasMessageContaining("The model stopped.");
    assertThat(delivered).hasSize(3);
  }

  @Test
  void aFailedResponseSurfacesAsATypedExceptionWithTheServersResponse() {
    fixture.server.enqueue(Reply.builder().text("Halfway").failed("server_error", "Crashed.")
        .build());

    assertThatThrownBy(() -> readInto(fixture.client.stream(Frames.request("Fail"))))
        .isInstanceOfSatisfying(ResponseFailedException.class, e -> {
          assertThat(e.response().status()).isEqualTo("failed");
          assertThat(e.error()).hasValueSatisfying(
              error -> assertThat(error.code()).isEqualTo("server_error"));
          assertThat(e.partialResponse().outputText()).isEqualTo("Halfway");
        })
        .hasMessageContaining("Crashed.");
    assertThat(delivered).isNotEmpty();
  }

  @Test
  void anIncompleteResponseIsAnOrdinaryEnd() {
    fixture.server.enqueue(Reply.builder().text("Once upon a").incomplete("max_output_tokens")
        .build());

    try (ResponseStream stream = fixture.client.stream(Frames.request("Story"))) {
      assertThat(stream.finalResponse().incompleteDetails().reason())
          .isEqualTo("max_output_tokens");
    }
  }

  @Test
  void aDoneSentinelBeforeAnyTerminalEventIsNotASilentEnd() {
    fixture.server.enqueue(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, "Cut") + "data: [DONE]\n\n"));

    assertThatThrownBy(() -> readInto(fixture.client.stream(Frames.request("Done"))))
        .isInstanceOf(StreamInterruptedException.class).hasMessageContaining("[DONE]");
    assertThat(delivered).hasSize(3);
  }

  @Test
  void theIdleTimeoutGivesUpOnAStalledStream() {
    fixture.server.enqueue(Reply.text("stalled").withChunks(2)
        .withDelayBetweenEvents(Duration.ofMillis(150)));
    fixture.server.enqueue(Reply.text("stalled").withChunks(2).withStallAfterEvents(5));
    RequestOptions idle = RequestOptions.builder().readTimeout(Duration.ofMillis(400)).build();
    readInto(fixture.client.stream(Frames.request("Steady"), idle));
    delivered.clear();

    assertThatThrownBy(() -> readInto(fixture.client.stream(Frames.request("Stalled"), idle)))
        .isInstanceOfSatisfying(StreamInterruptedException.class, e -> {
          assertThat(e.idleTimeout()).isTrue();
          assertThat(e.partialResponse().outputText()).isEqualTo("stal");
        })
        .hasMessageContaining("no data arrived for PT0.4S");
    assertThat(delivered).hasSize(5);
  }

  @Test
  void aSlowSteadyStreamOutlastsEveryTimeoutButTheIdleOne() {
    fixture.close();
    fixture = new FakeServerFixture(FakeResponsesServer.start(), builder -> builder
        .timeout(Duration.ofMillis(500)).readTimeout(Duration.ofMillis(300))
        .streamIdleTimeout(Duration.ofSeconds(5)));
    fixture.server.enqueue(Reply.text("slow but steady wins").withChunks(8)
        .withDelayBetweenEvents(Duration.ofMillis(100)));
    long start = System.nanoTime();

    readInto(fixture.client.stream(Frames.request("Slow")));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(1));
    assertThat(ResponseStreamTest.deltas(delivered)).isEqualTo("slow but steady wins");
  }

  @Test
  void failuresBeforeTheFirstEventAreRetried() {
    fixture.server.enqueue(Reply.serverError());
    fixture.server.enqueue(Reply.text("after a reset").withCutAfterEvents(0));
    fixture.server.enqueue(Reply.text("third time lucky"));

    readInto(fixture.client.stream(Frames.request("Retry")));

    assertThat(ResponseStreamTest.deltas(delivered)).isEqualTo("third time lucky");
    assertThat(fixture.server.requestCount()).isEqualTo(3);
  }

  @Test
  void anEmptyEventStreamIsAnInvalidResponseNotAConnectionFailureToRetry() {
    fixture.server.enqueue(Reply.sse(""));
    fixture.server.enqueue(Reply.text("never asked for"));

    assertThatThrownBy(() -> fixture.client.stream(Frames.request("Empty")))
        .isInstanceOfSatisfying(InvalidResponseException.class,
            e -> assertThat(e.status()).isEqualTo(200))
        .hasMessageContaining("empty event stream");
    assertThat(fixture.server.requestCount()).isEqualTo(1);
  }

  @Test
  void anApiErrorBeforeTheStreamIsTheUsualTypedException() {
    fixture.server.enqueue(Reply.error(400, "invalid_request_error", "invalid_value",
        "Unsupported model."));

    assertThatThrownBy(() -> fixture.client.stream(Frames.request("Bad")))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("Unsupported model.");
  }

  private void readInto(ResponseStream stream) {
    try (stream) {
      for (ResponseStreamEvent event : stream) {
        delivered.add(event);
      }
    }
    assertThat(delivered).filteredOn(OutputTextDeltaEvent.class::isInstance).isNotEmpty();
  }
}
