package ai.ope.responses.client;

import ai.ope.responses.api.Response;

/**
 * The stream stopped before a terminal event: the connection dropped or closed early, or no byte
 * arrived within the idle timeout. The events before it were delivered; the partial response and
 * the last sequence number say what arrived and where to resume.
 */
public final class StreamInterruptedException extends StreamException {

  private static final long serialVersionUID = 1L;

  /** Whether the idle timeout ended the stream. */
  private final boolean idleTimeout;

  StreamInterruptedException(String message, Response partialResponse,
      Integer lastSequenceNumber, String requestId, boolean idleTimeout, Throwable cause) {
    super(message, partialResponse, lastSequenceNumber, requestId, cause);
    this.idleTimeout = idleTimeout;
  }

  /**
   * Whether the stream was given up because it stayed silent longer than the idle timeout.
   *
   * @return true for an idle timeout, false for a dropped or closed connection
   */
  public boolean idleTimeout() {
    return idleTimeout;
  }
}
