package ai.ope.responses.client;

import jakarta.annotation.Priority;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Logs each exchange at {@code DEBUG} (method, URI, status, request id, time) and its headers at
 * {@code TRACE}, through {@link System.Logger} {@code ai.ope.responses.client}. The
 * {@code Authorization} header and other credential headers ({@link Listeners#hidden}) are never
 * logged; bodies are never logged; anything key-like in the
 * URI or the other headers is masked.
 */
@Priority(Integer.MAX_VALUE)
final class LoggingFilter implements ClientRequestFilter, ClientResponseFilter {

  static final Logger LOG = System.getLogger("ai.ope.responses.client");
  private static final String STARTED = LoggingFilter.class.getName() + ".started";

  private final String apiKey;

  LoggingFilter(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public void filter(ClientRequestContext request) {
    if (LOG.isLoggable(Level.DEBUG)) {
      request.setProperty(STARTED, System.nanoTime());
    }
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(Level.TRACE, () -> request.getMethod() + " " + masked(request) + " headers "
          + masked(request.getStringHeaders()));
    }
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    if (LOG.isLoggable(Level.DEBUG)) {
      Object started = request.getProperty(STARTED);
      long millis = started instanceof Long start ? (System.nanoTime() - start) / 1_000_000 : -1;
      LOG.log(Level.DEBUG, () -> request.getMethod() + " " + masked(request) + " -> "
          + response.getStatus() + " [request id " + response.getHeaderString("x-request-id")
          + "] in " + millis + " ms");
    }
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(Level.TRACE, () -> "response headers " + masked(response.getHeaders()));
    }
  }

  /** The URI, masked: a key given as a query parameter (as some gateways want) is a secret too. */
  private String masked(ClientRequestContext request) {
    return Secrets.mask(String.valueOf(request.getUri()), apiKey);
  }

  private String masked(Map<String, List<String>> headers) {
    return headers.entrySet().stream()
        .map(header -> header.getKey() + "=" + (Listeners.hidden(header.getKey())
            ? "***" : Secrets.mask(String.join(",", header.getValue()), apiKey)))
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
