package ai.ope.responses.client;

/**
 * The {@link AccessTokenSupplier} threw, or gave a null, blank or malformed token: nothing was
 * sent. Not retried by the client (a supplier that fails now usually fails again at once); the
 * message never contains the token.
 */
public class AccessTokenException extends ResponsesException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without the token
   * @param cause what the supplier threw, or null
   */
  public AccessTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
