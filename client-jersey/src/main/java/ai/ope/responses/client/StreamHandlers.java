package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Drives a {@link StreamHandler} from a stream, on the thread that calls it. */
final class StreamHandlers {

  private StreamHandlers() {}

  /**
   * Opens the stream, hands each event to the handler, then the end, and completes the result
   * the same way. A cancelled result stops the loop (the stream is closed by the canceller).
   */
  static void run(Supplier<ResponseStream> opener, StreamHandler handler,
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
