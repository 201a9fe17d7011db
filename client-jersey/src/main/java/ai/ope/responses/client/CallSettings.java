package ai.ope.responses.client;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One call's limits and extras, resolved once from its {@link RequestOptions} over the client's
 * {@link Settings} (whose own values are the builder's defaults unless configured): a per-call
 * value wins, else the client's. Every later step reads these, so the precedence lives here only.
 *
 * @param timeout the whole-call timeout: the attempts and the pauses between them
 * @param readTimeout the longest wait for a byte of an answer read whole
 * @param connectTimeout the longest wait for a connection (client-wide only)
 * @param streamIdleTimeout the longest wait for a stream's headers and between its events; a
 *     per-call read timeout sets it too, since for a stream the two are the same wait
 * @param maxRetries how many times a failed attempt is sent again (and a background stream
 *     resumed in a row)
 * @param headers headers added to this call only
 * @param queryParameters query parameters added to this call only
 */
record CallSettings(Duration timeout, Duration readTimeout, Duration connectTimeout,
    Duration streamIdleTimeout, int maxRetries, Map<String, String> headers,
    Map<String, String> queryParameters) {

  /**
   * Resolves a call's options against the client's settings.
   *
   * @throws NullPointerException naming {@code options} when it is null
   */
  static CallSettings of(RequestOptions options, Settings settings) {
    Objects.requireNonNull(options, "options");
    return new CallSettings(
        options.timeout().orElse(settings.timeout()),
        options.readTimeout().orElse(settings.readTimeout()),
        settings.connectTimeout(),
        options.readTimeout().orElse(settings.streamIdleTimeout()),
        options.maxRetries().orElse(settings.maxRetries()),
        options.headers(),
        options.queryParameters());
  }

  /** The instant (in {@link System#nanoTime()} terms) by which a call begun at start ends. */
  long deadline(long startNanos) {
    return startNanos + timeout.toNanos();
  }
}
