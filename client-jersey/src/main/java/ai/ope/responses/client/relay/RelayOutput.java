package ai.ope.responses.client.relay;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The browser's side of one relay: turns model events into server-sent events on the sink,
 * keeps at most a fixed number of sends outstanding, notices the browser leaving, and ends the
 * sink exactly once (final event, error event, or nothing when the browser is gone).
 *
 * <p>Only the Jakarta REST API is used, so the same code runs on Jersey and RESTEasy: Jersey's
 * {@code send} writes before it returns, RESTEasy's may complete later, which is what the permits
 * bound.
 */
final class RelayOutput {

  /** How often a wait for a permit looks whether the browser left meanwhile. */
  private static final long RECHECK_MILLIS = 200;

  private final SseEventSink sink;
  private final Sse sse;
  private final Function<? super ResponseStreamEvent, Optional<BrowserEvent>> selection;
  private final Function<? super Response, String> doneData;
  private final Semaphore permits;
  private final Runnable stopUpstream;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile boolean browserGone;
  /** Set before we close the sink, so our own closing is not taken for the browser leaving. */
  private volatile boolean closing;

  RelayOutput(SseRelay relay, SseEventSink sink, Sse sse, Runnable stopUpstream) {
    this.sink = sink;
    this.sse = sse;
    this.selection = relay.selection();
    this.doneData = relay.doneData();
    this.permits = new Semaphore(relay.maxOutstandingSends());
    this.stopUpstream = stopUpstream;
  }

  /**
   * Sends what the selection makes of the event, waiting first while the most sends allowed are
   * outstanding.
   *
   * @return the send, completed at once when the event is not relayed
   * @throws InterruptedException when the waiting thread is interrupted
   */
  CompletionStage<?> forward(ResponseStreamEvent event) throws InterruptedException {
    Optional<BrowserEvent> chosen = selection.apply(event);
    if (chosen.isEmpty() || browserGone() || !awaitPermit()) {
      return CompletableFuture.completedFuture(null);
    }
    return send(chosen.get(), event.sequenceNumber())
        .whenComplete((sent, failure) -> permits.release());
  }

  /**
   * Sends {@code done} with the final response, then closes the sink. Like every event it waits
   * while the most sends allowed are outstanding.
   */
  void finish(Response response, Integer lastSequenceNumber) {
    end(new BrowserEvent(SseRelay.DONE, doneData.apply(response)), lastSequenceNumber);
  }

  /**
   * Sends an {@code error} event (a category and a sentence), then closes the sink; waits for a
   * permit as {@link #finish} does.
   */
  void fail(Throwable failure, Integer lastSequenceNumber) {
    end(RelayErrors.eventFor(failure), lastSequenceNumber);
  }

  /** Closes the sink without a last event: the browser left, or the relay was cancelled. */
  void abandon() {
    closing = true; // also ends an end() waiting for a permit
    if (ended.compareAndSet(false, true)) {
      closeSink();
    }
  }

  /** Whether the browser went away (a send failed or the sink was closed under us). */
  boolean browserGone() {
    if (!browserGone && !closing && sink.isClosed()) {
      browserLeft();
    }
    return browserGone;
  }

  /**
   * Waits until fewer sends than allowed are outstanding and takes a permit.
   *
   * @return false when the browser left or the sink is being closed meanwhile
   */
  private boolean awaitPermit() throws InterruptedException {
    while (!permits.tryAcquire(RECHECK_MILLIS, TimeUnit.MILLISECONDS)) {
      if (browserGone() || closing) {
        return false;
      }
    }
    return true;
  }

  /** The last event counts against the bound too: it waits for a permit like any other. */
  private void end(BrowserEvent last, Integer lastSequenceNumber) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    boolean permitted = false;
    try {
      permitted = !browserGone() && awaitPermit();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    if (!permitted) {
      closeSink();
      return;
    }
    send(last, lastSequenceNumber).whenComplete((sent, failure) -> {
      permits.release();
      closeSink();
    });
  }

  private CompletionStage<?> send(BrowserEvent chosen, Integer sequenceNumber) {
    OutboundSseEvent.Builder builder = sse.newEventBuilder().name(chosen.name())
        .data(String.class, chosen.data());
    if (sequenceNumber != null) {
      builder.id(sequenceNumber.toString());
    }
    CompletionStage<?> sending;
    try {
      sending = sink.send(builder.build());
    } catch (RuntimeException closed) {
      // Jersey throws IllegalStateException instead of failing the stage once the sink is closed
      sending = CompletableFuture.failedFuture(closed);
    }
    return sending.whenComplete((sent, failure) -> {
      if (failure != null) {
        browserLeft();
      }
    });
  }

  private void browserLeft() {
    browserGone = true;
    stopUpstream.run();
  }

  private void closeSink() {
    closing = true;
    try {
      sink.close();
    } catch (IOException | RuntimeException alreadyBroken) {
      // the connection is gone either way; nothing a caller could do about it
    }
  }
}
