package ai.ope.responses.client;

/**
 * The root of every exception the client throws: an API error ({@link ApiException} and its
 * subclasses per status), a transport failure ({@link ConnectionException},
 * {@link ResponsesTimeoutException}), or an answer that cannot be read
 * ({@link InvalidResponseException}).
 *
 * <p>Messages never contain the API key.
 */
public class ResponsesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, secrets already masked
   * @param cause the underlying failure, or null
   */
  public ResponsesException(String message, Throwable cause) {
    super(message, cause);
  }
}
