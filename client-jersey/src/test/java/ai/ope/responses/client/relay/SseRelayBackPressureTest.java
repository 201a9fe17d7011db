package ai.ope.responses.client.relay;

import static ai.ope.responses.client.relay.RelayServer.PATIENCE_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.SecretCanary;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A browser that does not read holds the relay back: no more sends are outstanding than allowed,
 * and the model's stream is not read further meanwhile. Judged by what the relay has read when
 * its thread is parked, not by time.
 */
class SseRelayBackPressureTest {

  private static final int WINDOW = 2;
  private static final int DELTAS = 12;

  private final AtomicReference<Thread> worker = new AtomicReference<>();
  private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "test-relay-worker");
    thread.setDaemon(true);
    worker.set(thread);
    return thread;
  });
  private final FakeResponsesServer model = FakeResponsesServer.start();
  private final ResponsesClient client = ResponsesClient.builder().apiKey(SecretCanary.KEY)
      .baseUrl(model.baseUri().toString()).executor(executor).build();
  private final List<ResponseStreamEvent> read = new CopyOnWriteArrayList<>();
  private final RecordingSink browser = new RecordingSink();
  private final SseRelay relay = SseRelay.mapping(event -> {
    read.add(event);
    return Selections.textDeltas().apply(event);
  }).maxOutstandingSends(WINDOW);

  @AfterEach
  void close() {
    client.close();
    model.close();
    executor.shutdownNow();
  }

  @Test
  void aStreamRelayWaitsForTheBrowserBeforeReadingOn() throws Exception {
    model.enqueue(Reply.text("a b c d e f g h i j k l").withChunks(DELTAS));
    CompletableFuture<Response> outcome = relay.relay(client.stream(request()), browser,
        new TestSse(), executor);

    // two sends outstanding; the third delta is read and waits for a permit
    awaitStill(WINDOW, WINDOW + 1);
    browser.completeOldest();
    awaitStill(WINDOW + 1, WINDOW + 2);

    drain(outcome);
  }

  @Test
  void aPublisherRelayRequestsNoMoreThanTheBrowserTook() throws Exception {
    model.enqueue(Reply.text("a b c d e f g h i j k l").withChunks(DELTAS));
    CompletableFuture<Response> outcome = relay.relay(client.publisher(request()), browser,
        new TestSse());

    // demand is spent on two outstanding sends: the publisher reads nothing more
    awaitStill(WINDOW, WINDOW);
    browser.completeOldest();
    awaitStill(WINDOW + 1, WINDOW + 1);

    drain(outcome);
  }

  /** Waits for the sends, then for the worker to park, then checks nothing was read beyond. */
  private void awaitStill(int sends, int deltasRead) throws InterruptedException {
    browser.awaitSends(sends);
    awaitDeltasRead(deltasRead);
    awaitParked(worker.get());
    assertThat(browser.sent()).hasSize(sends);
    assertThat(deltasRead()).as("model events read while the browser lags").isEqualTo(deltasRead);
    assertThat(browser.mostOutstanding()).isLessThanOrEqualTo(WINDOW);
  }

  /** The browser catches up: everything arrives, then {@code done}, and the sink is closed. */
  private void drain(CompletableFuture<Response> outcome) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while ((!outcome.isDone() || browser.pendingCount() > 0) && System.nanoTime() < deadline) {
      if (browser.pendingCount() > 0) {
        browser.completeOldest();
      } else {
        Thread.sleep(1);
      }
    }
    assertThat(outcome.get(PATIENCE_SECONDS, TimeUnit.SECONDS).outputText())
        .isEqualTo("a b c d e f g h i j k l");
    assertThat(browser.sent()).hasSize(DELTAS + 1);
    assertThat(browser.sent().get(DELTAS).getName()).isEqualTo(SseRelay.DONE);
    assertThat(browser.mostOutstanding()).isLessThanOrEqualTo(WINDOW);
    assertThat(browser.isClosed()).as("closed once done was sent").isTrue();
  }

  private long deltasRead() {
    return read.stream().filter(OutputTextDeltaEvent.class::isInstance).count();
  }

  private void awaitDeltasRead(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (deltasRead() < n && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private static void awaitParked(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (thread.getState() != Thread.State.WAITING
        && thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private static CreateResponseRequest request() {
    return CreateResponseRequest.builder().model("gpt-5.4-mini").input("Count").build();
  }
}
