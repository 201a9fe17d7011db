package ai.ope.responses.client;

import ai.ope.responses.api.ApiError;
import java.util.List;
import java.util.Map;

/**
 * The request conflicts with the resource's state (409). Retried by the client before it is thrown.
 */
public class ConflictException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param error the parsed envelope's error, or null
   * @param requestId the {@code x-request-id} header, or null
   * @param headers the response headers
   * @param body the response body as text
   */
  public ConflictException(String message, ApiError error, String requestId,
      Map<String, List<String>> headers, String body) {
    super(message, 409, error, requestId, headers, body);
  }
}
