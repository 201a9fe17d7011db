package ai.ope.responses.client;

/**
 * The server did not answer in time: the connect timeout, the read timeout (no byte for that
 * long) or the whole-call timeout elapsed. Retried by the client before it is thrown.
 */
public class TimeoutException extends ResponsesException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which timeout, and how long it was
   * @param cause the underlying failure, or null
   */
  public TimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
