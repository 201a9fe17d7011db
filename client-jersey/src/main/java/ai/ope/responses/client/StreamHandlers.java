package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The handler form of a stream ({@code stream(request, handler)}): drives a
 * {@link StreamHandler} from a stream on the executor, and completes a future the same way. The
 * callback sibling of {@link StreamPublisher}.
 */
final class StreamHandlers {

  private StreamHandlers() {}

  /**
   * Starts the stream on the executor and returns its result at once. Cancelling the result
   * closes the open stream, which ends a read blocked on the connection; the loop then stops
   * without calling the handler again.
   *
   * @param opener sends the request and opens the stream (called on the executor)
   * @return the final response, or the failure the handler was told of; failed at once with a
   *     {@link ResponsesException} when the executor refuses the work (the client is closed)
   */
  static CompletableFuture<Response> start(Supplier<ResponseStream> opener,
      StreamHandler handler, Executor executor) {
    CompletableFuture<Response> result = new CompletableFuture<>();
    AtomicReference<ResponseStream> open = new AtomicReference<>();
    result.whenComplete((response, failure) -> {
      ResponseStream stream = open.get();
      if (result.isCancelled() && stream != null) {
        stream.close();
      }
    });
    try {
      executor.execute(() -> run(opener, handler, result, open));
    } catch (RejectedExecutionException closed) {
      result.completeExceptionally(new ResponsesException("the client is closed", closed));
    }
    return result;
  }

  /**
   * Opens the stream, hands each event to the handler, then the end, and completes the result
   * the same way. A cancelled result stops the loop (the stream is closed by the canceller).
   */
  private static void run(Supplier<ResponseStream> opener, StreamHandler handler,
      CompletableFuture<Response> result, AtomicReference<ResponseStream> open) {
    if (result.isDone()) {
      return; // cancelled before it started: send nothing
    }
    Response response;
    try (ResponseStream stream = opener.get()) {
      open.set(stream);
      for (ResponseStreamEvent event : stream) {
        if (result.isDone()) {
          return;
        }
        handler.onEvent(event);
      }
      if (result.isDone()) {
        return;
      }
      response = stream.finalResponse();
    } catch (ResponsesException failure) {
      fail(handler, result, failure);
      return;
    } catch (RuntimeException failure) {
      fail(handler, result,
          new ResponsesException("the stream handler failed: " + failure, failure));
      return;
    }
    try {
      handler.onComplete(response);
      result.complete(response);
    } catch (RuntimeException failure) {
      result.completeExceptionally(failure);
    }
  }

  private static void fail(StreamHandler handler, CompletableFuture<Response> result,
      ResponsesException failure) {
    if (result.isDone()) {
      return;
    }
    try {
      handler.onError(failure);
    } finally {
      result.completeExceptionally(failure);
    }
  }
}
