package ai.ope.responses.client;

/**
 * The server could not be reached, or the connection failed before a complete answer arrived
 * (refused, reset, closed early, TLS failure...). Retried by the client before it is thrown.
 */
public class ConnectionException extends ResponsesException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened
   * @param cause the I/O failure
   */
  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
