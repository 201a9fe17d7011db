package ai.ope.responses.client;

import ai.ope.responses.api.ApiError;
import java.util.List;
import java.util.Map;

/**
 * The server failed (5xx): an internal error, an overloaded engine, a gateway timeout. Retried by
 * the client before it is thrown.
 */
public class InternalServerException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param status the HTTP status, 500 or above
   * @param error the parsed envelope's error, or null
   * @param requestId the {@code x-request-id} header, or null
   * @param headers the response headers
   * @param body the response body as text
   */
  public InternalServerException(String message, int status, ApiError error, String requestId,
      Map<String, List<String>> headers, String body) {
    super(message, status, error, requestId, headers, body);
  }
}
