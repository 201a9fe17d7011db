package ai.ope.responses.client;

import ai.ope.responses.api.ApiError;
import java.util.List;
import java.util.Map;

/**
 * No such resource (404): an unknown or deleted response id, a response stored with {@code store:
 * false}.
 */
public class NotFoundException extends ApiException {

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
  public NotFoundException(String message, ApiError error, String requestId,
      Map<String, List<String>> headers, String body) {
    super(message, 404, error, requestId, headers, body);
  }
}
