package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;

/**
 * Receives the events of a streamed response, for
 * {@link ResponsesClient#stream(ai.ope.responses.api.CreateResponseRequest, StreamHandler)}.
 * Calls come from one thread of the client's executor, one at a time, in order: every event, then
 * either {@link #onComplete} or {@link #onError}, exactly once.
 */
@FunctionalInterface
public interface StreamHandler {

  /**
   * One event, as it arrives. An exception thrown here stops the stream and is passed to
   * {@link #onError} (wrapped in a {@link ResponsesException} unless it is one).
   *
   * @param event the event
   */
  void onEvent(ResponseStreamEvent event);

  /**
   * The stream ended with its terminal event.
   *
   * @param response the final response ({@code completed} or {@code incomplete})
   */
  default void onComplete(Response response) {}

  /**
   * The stream failed; the events before the failure were delivered.
   *
   * @param error a {@link StreamException} carrying the partial response, or the exception the
   *     call failed with before the stream opened
   */
  default void onError(ResponsesException error) {}
}
