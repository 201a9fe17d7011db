package ai.ope.responses.client;

import java.util.Optional;

/**
 * The server answered with a success status but a body that is not what the API sends: not JSON,
 * JSON of the wrong shape, or larger than the client accepts. The cause says where reading
 * stopped.
 */
public class InvalidResponseException extends ResponsesException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int status;
  /** The {@code x-request-id} of the answer, or null. */
  private final String requestId;

  /**
   * Creates the exception.
   *
   * @param message what was wrong
   * @param status the HTTP status of the answer
   * @param requestId the {@code x-request-id} of the answer, or null
   * @param cause the reading failure
   */
  public InvalidResponseException(String message, int status, String requestId, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.requestId = requestId;
  }

  /**
   * The HTTP status of the answer.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The server's id for the request, to quote to its operators.
   *
   * @return the {@code x-request-id} header, if sent
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
