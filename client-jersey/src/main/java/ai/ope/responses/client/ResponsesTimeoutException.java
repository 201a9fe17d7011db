package ai.ope.responses.client;

/**
 * The server did not answer in time: the connect timeout, the read timeout (no byte for that
 * long) or the whole-call timeout elapsed. Retried by the client before it is thrown.
 *
 * <p>Named apart from {@link java.util.concurrent.TimeoutException}, which callers of the
 * asynchronous methods may catch beside it (from {@code CompletableFuture.get(timeout)}).
 */
public class ResponsesTimeoutException extends ResponsesException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which timeout, and how long it was
   * @param cause the underlying failure, or null
   */
  public ResponsesTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
