package ai.ope.responses.client;

import ai.ope.responses.api.ApiError;
import java.util.List;
import java.util.Map;

/** The key is valid but may not do this (403): a model or organisation it has no access to. */
public class PermissionDeniedException extends ApiException {

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
  public PermissionDeniedException(String message, ApiError error, String requestId,
      Map<String, List<String>> headers, String body) {
    super(message, 403, error, requestId, headers, body);
  }
}
