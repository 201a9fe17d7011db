package ai.ope.responses.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The resolved configuration of a client. {@link #toString()} masks the API key.
 *
 * @param apiKey the API key; empty when a token supplier gives the credentials
 * @param baseUri the base URI, without a trailing slash
 * @param organization the {@code OpenAI-Organization} header, or null
 * @param project the {@code OpenAI-Project} header, or null
 * @param connectTimeout the connect timeout
 * @param readTimeout the read (idle) timeout
 * @param timeout the whole-call timeout
 * @param maxRetries retries per call
 * @param streamIdleTimeout the longest wait for the next bytes of an event stream
 * @param sseParser the parser of event streams
 * @param initialRetryDelay the pause before the first retry when the server does not say
 * @param httpTransport the HTTP stack under Jersey
 * @param authentication the header that carries the key or the supplied token
 * @param defaults the headers and query parameters sent on every call
 * @param network the proxy, TLS context, HTTP version or own JDK client
 */
record Settings(String apiKey, URI baseUri, String organization, String project,
    Duration connectTimeout, Duration readTimeout, Duration timeout, int maxRetries,
    Duration streamIdleTimeout, SseParser sseParser, Duration initialRetryDelay,
    HttpTransport httpTransport, Authentication authentication, DefaultParameters defaults,
    Network network) {

  static final String DEFAULT_BASE_URL = "https://api-platform.ope.ai/v1";

  Settings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(httpTransport, "httpTransport");
    Objects.requireNonNull(authentication, "authentication");
    Objects.requireNonNull(defaults, "defaults");
    Objects.requireNonNull(network, "network");
  }

  @Override
  public String toString() {
    return "Settings[apiKey=***, baseUri=" + Secrets.mask(baseUri.toString(), apiKey)
        + ", organization=" + organization + ", project=" + project + ", connectTimeout="
        + connectTimeout + ", readTimeout=" + readTimeout + ", timeout=" + timeout
        + ", maxRetries=" + maxRetries + ", streamIdleTimeout=" + streamIdleTimeout
        + ", sseParser=" + sseParser + ", initialRetryDelay=" + initialRetryDelay
        + ", httpTransport=" + httpTransport + ", authentication=" + authentication
        + ", defaults=" + defaults + ", network=" + network + "]";
  }

  static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
    return duration;
  }

  static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }

  /**
   * A base URL as a URI without a trailing slash, or a clear error naming the setting. The error
   * masks the value: a key pasted into the base URL's variable is a common slip, and the parser's
   * own message (not chained, for that reason) repeats the value.
   */
  static URI baseUri(String url, String source, String apiKey) {
    try {
      URI uri = URI.create(url.strip().replaceAll("/+$", ""));
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Secrets.mask("Invalid base URL from " + source + ": \""
          + url + "\" (" + e.getMessage() + ")", apiKey));
    }
  }
}
