package ai.ope.responses.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An answer with its HTTP status and headers ({@code x-request-id}, {@code openai-processing-ms},
 * {@code x-ratelimit-*}...), from {@link ResponsesClient#withRawResponse()}.
 *
 * @param <T> the body's type
 * @param status the HTTP status
 * @param headers the response headers, names in lower case
 * @param body the body, read as for the plain call (an open stream for a streaming call: close
 *     it)
 */
public record RawResponse<T>(int status, Map<String, List<String>> headers, T body) {

  /**
   * Copies the headers.
   *
   * @param status the HTTP status
   * @param headers the response headers, names in lower case
   * @param body the body
   */
  public RawResponse {
    headers = Map.copyOf(headers);
  }

  /**
   * A header's first value.
   *
   * @param name the header, in any case
   * @return the value, if sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The server's id for the request.
   *
   * @return the {@code x-request-id} header, if sent
   */
  public Optional<String> requestId() {
    return header("x-request-id");
  }
}
