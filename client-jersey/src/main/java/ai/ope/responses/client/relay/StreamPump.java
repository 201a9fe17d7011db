package ai.ope.responses.client.relay;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.client.ResponseStream;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Relays an opened {@link ResponseStream} on whichever thread runs it: reads an event, sends it
 * (waiting while the most sends allowed are outstanding), and ends the browser's stream the way
 * the model's stream ended. The model's stream is closed however the relay ends.
 */
final class StreamPump implements Runnable {

  private final ResponseStream events;
  private final RelayOutput output;
  private final CompletableFuture<Response> outcome = new CompletableFuture<>();

  StreamPump(SseRelay relay, ResponseStream events, SseEventSink sink, Sse sse) {
    this.events = events;
    this.output = new RelayOutput(relay, sink, sse, this::browserLeft);
    outcome.whenComplete((response, failure) -> {
      if (failure instanceof CancellationException) {
        events.close();
        output.abandon();
      }
    });
  }

  CompletableFuture<Response> outcome() {
    return outcome;
  }

  @Override
  public void run() {
    try {
      for (ResponseStreamEvent event : events) {
        output.forward(event);
        if (outcome.isDone() || output.browserGone()) {
          return;
        }
      }
      if (!outcome.isDone()) {
        // the iteration ended at the terminal event: the final response is at hand
        Response response = events.finalResponse();
        output.finish(response, lastSequenceNumber());
        outcome.complete(response);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      outcome.cancel(false);
    } catch (RuntimeException | Error failure) {
      failed(failure);
    } finally {
      events.close();
    }
  }

  /** The executor refused the work: the browser is told, the stream closed. */
  void failToStart(RuntimeException rejected) {
    events.close();
    failed(rejected);
  }

  private void failed(Throwable failure) {
    if (outcome.isDone() || output.browserGone()) {
      return; // the stream failed because the browser left and it was closed
    }
    output.fail(failure, lastSequenceNumber());
    outcome.completeExceptionally(failure);
  }

  private void browserLeft() {
    events.close();
    outcome.completeExceptionally(
        new CancellationException("the browser went away; the model's stream was closed"));
  }

  private Integer lastSequenceNumber() {
    return events.lastSequenceNumber().orElse(null);
  }
}
