package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing, cancelling and resuming a stream. */
class StreamCloseTest {

  private final FakeServerFixture fixture = new FakeServerFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void closeFromAnotherThreadEndsABlockedReadPromptly() throws Exception {
    long best = Long.MAX_VALUE;
    for (int attempt = 0; attempt < 3; attempt++) {
      fixture.server.enqueue(Reply.text("never finished").withChunks(2).withStallAfterEvents(4));
      ResponseStream stream = fixture.client.stream(Frames.request("Stall"));
      CountDownLatch reading = new CountDownLatch(4);
      CompletableFuture<Integer> loop = CompletableFuture.supplyAsync(() -> {
        int events = 0;
        for (ResponseStreamEvent event : stream) {
          events++;
          reading.countDown();
        }
        return events;
      });
      assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(50); // the loop is now blocked waiting for the fifth event

      long start = System.nanoTime();
      stream.close();
      int events = loop.get(5, TimeUnit.SECONDS);
      best = Math.min(best, System.nanoTime() - start);

      assertThat(events).as("the loop ends quietly after the events read").isEqualTo(4);
    }
    // best of three: one slow thread wake-up on a loaded machine is not the client's doing
    assertThat(Duration.ofNanos(best)).isLessThan(Duration.ofMillis(100));
  }

  @Test
  void closeInsideTheLoopEndsItAndFreesTheConnection() {
    fixture.server.enqueue(Reply.text("one two three four five six").withChunks(6));
    fixture.server.enqueue(Reply.text("next"));
    List<ResponseStreamEvent> seen = new ArrayList<>();

    // not try-with-resources: closing inside the loop is what is tested
    ResponseStream stream = fixture.client.stream(Frames.request("Stop early"));
    for (ResponseStreamEvent event : stream) {
      seen.add(event);
      if (event instanceof OutputTextDeltaEvent) {
        stream.close();
      }
    }
    assertThat(stream.textSoFar()).isEqualTo(ResponseStreamTest.deltas(seen)).isNotEmpty();
    assertThat(stream.toString()).contains("closed");

    assertThat(seen).last().isInstanceOf(OutputTextDeltaEvent.class);
    assertThat(fixture.client.create(Frames.request("Next")).outputText()).isEqualTo("next");
  }

  @Test
  void cancelAlsoCancelsABackgroundResponseOnTheServer() throws Exception {
    fixture.server.enqueue(Reply.text("a long background essay").withChunks(4));
    String id;

    try (ResponseStream stream = fixture.client.stream(background("Essay"))) {
      Iterator<ResponseStreamEvent> events = stream.iterator();
      events.next();
      id = stream.responseId().orElseThrow();
      stream.cancel();
      assertThat(events.hasNext()).isFalse();
    }

    fixture.server.takeRequest();
    RecordedRequest cancel = fixture.server.takeRequest();
    assertThat(cancel.method()).isEqualTo("POST");
    assertThat(cancel.path()).isEqualTo("/v1/responses/" + id + "/cancel");
  }

  @Test
  void cancelOfAForegroundStreamOnlyClosesIt() {
    fixture.server.enqueue(Reply.text("foreground").withChunks(2));

    try (ResponseStream stream = fixture.client.stream(Frames.request("Fg"))) {
      stream.iterator().next();
      stream.cancel();
    }

    assertThat(fixture.server.requestCount()).isEqualTo(1);
  }

  @Test
  void aBrokenBackgroundStreamResumesAfterItsLastEventWithoutRepeats() throws Exception {
    String text = "Resumed streams deliver every event exactly once.";
    fixture.server.enqueue(Reply.text(text).withChunks(8).withCutAfterEvents(7));
    List<ResponseStreamEvent> events = new ArrayList<>();

    try (ResponseStream stream = fixture.client.stream(background("Resume"))) {
      stream.forEach(events::add);
      assertThat(stream.finalResponse().outputText()).isEqualTo(text);
    }

    assertThat(ResponseStreamTest.deltas(events)).isEqualTo(text);
    assertThat(events.stream().map(ResponseStreamEvent::sequenceNumber).toList())
        .doesNotHaveDuplicates().isSorted();
    fixture.server.takeRequest();
    RecordedRequest resume = fixture.server.takeRequest();
    assertThat(resume.method()).isEqualTo("GET");
    assertThat(resume.query()).isEqualTo("stream=true&starting_after=6");
  }

  @Test
  void resumeStreamFollowsAStoredBackgroundResponseFromAnyPoint() {
    String text = "Pick up where you left off.";
    fixture.server.enqueue(Reply.text(text).withChunks(5).withCutAfterEvents(5));
    RequestOptions once = RequestOptions.builder().maxRetries(0).build();
    String id;
    int last;
    try (ResponseStream stream = fixture.client.stream(background("Later"), once)) {
      List<ResponseStreamEvent> first = new ArrayList<>();
      try {
        stream.forEach(first::add);
      } catch (StreamInterruptedException expected) {
        assertThat(expected.lastSequenceNumber()).contains(4);
      }
      id = stream.responseId().orElseThrow();
      last = stream.lastSequenceNumber().orElseThrow();
    }

    List<ResponseStreamEvent> rest = new ArrayList<>();
    try (ResponseStream resumed = fixture.client.resumeStream(id, last)) {
      resumed.forEach(rest::add);
      assertThat(resumed.finalResponse().outputText()).isEqualTo(text);
    }

    assertThat(rest.get(0).sequenceNumber()).isEqualTo(last + 1);
  }

  @Test
  void resumingAnUnknownResponseIsNotFound() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> fixture.client.resumeStream("resp_missing", 3))
        .isInstanceOf(NotFoundException.class);
  }

  private static CreateResponseRequest background(String input) {
    return Frames.request(input).toBuilder().background(true).build();
  }
}
