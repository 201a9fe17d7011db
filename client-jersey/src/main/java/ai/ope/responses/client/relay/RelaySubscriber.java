package ai.ope.responses.client.relay;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseAccumulator;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Relays a publisher's events on the publisher's threads. Back-pressure is the demand: as many
 * events are requested as sends may be outstanding, and one more each time a send completes, so
 * {@link RelayOutput#forward} never has to wait. Only the last event ({@code done} or
 * {@code error}) may wait for the browser, on the publisher's thread, as it counts against the
 * bound too.
 */
final class RelaySubscriber implements Flow.Subscriber<ResponseStreamEvent> {

  private final RelayOutput output;
  private final int window;
  private final ResponseAccumulator accumulator = new ResponseAccumulator();
  private final CompletableFuture<Response> outcome = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;

  RelaySubscriber(SseRelay relay, SseEventSink sink, Sse sse) {
    this.output = new RelayOutput(relay, sink, sse, this::browserLeft);
    this.window = relay.maxOutstandingSends();
    outcome.whenComplete((response, failure) -> {
      if (failure instanceof CancellationException) {
        cancelUpstream();
        output.abandon();
      }
    });
  }

  CompletableFuture<Response> outcome() {
    return outcome;
  }

  @Override
  public void onSubscribe(Flow.Subscription given) {
    if (subscription != null || outcome.isDone()) {
      given.cancel(); // rule 2.5: one subscription; or cancelled before it started
      return;
    }
    subscription = given;
    given.request(window);
  }

  @Override
  public void onNext(ResponseStreamEvent event) {
    accumulator.accept(event);
    try {
      output.forward(event).whenComplete((sent, failure) -> {
        if (failure == null && !outcome.isDone()) {
          subscription.request(1);
        }
      });
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      outcome.cancel(false);
    } catch (RuntimeException | Error failure) {
      // the application's mapper failed: the publisher must not get it back (rule 2.13)
      cancelUpstream();
      failed(failure);
    }
  }

  @Override
  public void onError(Throwable failure) {
    failed(failure);
  }

  @Override
  public void onComplete() {
    if (outcome.isDone()) {
      return;
    }
    Integer last = accumulator.lastSequenceNumber().orElse(null);
    accumulator.finalResponse().ifPresentOrElse(response -> {
      output.finish(response, last);
      outcome.complete(response);
    }, () -> failed(new IllegalStateException("the model's stream ended without a response")));
  }

  private void failed(Throwable failure) {
    if (outcome.isDone() || output.browserGone()) {
      return;
    }
    output.fail(failure, accumulator.lastSequenceNumber().orElse(null));
    outcome.completeExceptionally(failure);
  }

  private void browserLeft() {
    cancelUpstream();
    outcome.completeExceptionally(
        new CancellationException("the browser went away; the model's stream was closed"));
  }

  private void cancelUpstream() {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }
}
