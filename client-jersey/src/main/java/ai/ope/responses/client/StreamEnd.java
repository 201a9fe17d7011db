package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import java.util.Objects;
import java.util.Optional;

/**
 * How a stream ended, as told to {@link ResponsesClientListener#onStreamEnd}: exactly once per
 * stream, whichever comes first of its terminal event, its failure, {@code close()} or
 * {@code cancel()}.
 *
 * @param reason why it ended
 * @param response the final response for {@link Reason#COMPLETED}, the partial response for
 *     {@link Reason#FAILED}; null for {@link Reason#CLOSED} and {@link Reason#CANCELLED}, which may
 *     happen on another thread while the stream is being read
 * @param failure the exception the reader gets for {@link Reason#FAILED}; null otherwise
 */
public record StreamEnd(Reason reason, Response response, RuntimeException failure) {

  /** Why a stream ended. */
  public enum Reason {
    /** Its terminal event arrived: {@code response.completed} or {@code response.incomplete}. */
    COMPLETED,
    /**
     * It ended any other way the reader sees as an exception: an {@code error} event,
     * {@code response.failed}, a broken or silent connection, an unreadable event.
     */
    FAILED,
    /** {@link ResponseStream#close()} before its end. */
    CLOSED,
    /** {@link ResponseStream#cancel()} before its end. */
    CANCELLED
  }

  /**
   * Checks the reason is given.
   *
   * @param reason why it ended
   * @param response the final or partial response, or null
   * @param failure the reader's exception, or null
   * @throws NullPointerException when {@code reason} is null
   */
  public StreamEnd {
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The response, when the end gives one.
   *
   * @return the final or partial response
   */
  public Optional<Response> responseIfKnown() {
    return Optional.ofNullable(response);
  }
}
