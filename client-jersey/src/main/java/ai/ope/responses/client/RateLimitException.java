package ai.ope.responses.client;

import ai.ope.responses.api.ApiError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Too many requests or tokens, or the quota is used up (429). Retried by the client, honouring
 * {@code retry-after}, before it is thrown; {@link #retryAfter()} says how long the server asked to
 * wait.
 */
public class RateLimitException extends ApiException {

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
  public RateLimitException(String message, ApiError error, String requestId,
      Map<String, List<String>> headers, String body) {
    super(message, 429, error, requestId, headers, body);
  }

  /**
   * How long the server asked the client to wait, from {@code retry-after-ms} or
   * {@code retry-after} (seconds).
   *
   * @return the wait, if the server said
   */
  public Optional<Duration> retryAfter() {
    return RetryPolicy.serverDelay(headers());
  }
}
