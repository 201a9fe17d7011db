package ai.ope.responses.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to retry and how long to wait, as the official SDKs do: retry connection failures,
 * timeouts, 408, 409, 429 and 5xx (unless the server says {@code x-should-retry: false}); wait
 * what the server asks ({@code retry-after-ms}, else {@code retry-after} in seconds or as an HTTP
 * date, at most a minute), else back off exponentially from 0.5 s to 8 s with up to 25 % jitter.
 */
final class RetryPolicy {

  static final Duration LONGEST_SERVER_DELAY = Duration.ofSeconds(60);
  /** The first pause of the backoff; it doubles with each retry, up to 16 times as long. */
  static final Duration INITIAL_DELAY = Duration.ofMillis(500);

  private RetryPolicy() {}

  /** Whether an error answer may succeed if sent again. */
  static boolean retryable(int status, Map<String, List<String>> headers) {
    Optional<String> shouldRetry = header(headers, "x-should-retry");
    if (shouldRetry.isPresent()) {
      return shouldRetry.get().equalsIgnoreCase("true");
    }
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }

  /**
   * The pause before a retry.
   *
   * @param retry the retry about to be made, from 1
   * @param headers the failed answer's headers; empty after a transport failure
   */
  static Duration delay(int retry, Map<String, List<String>> headers) {
    return delay(retry, headers, INITIAL_DELAY);
  }

  /** The pause before a retry, with the backoff starting at {@code initial}. */
  static Duration delay(int retry, Map<String, List<String>> headers, Duration initial) {
    Optional<Duration> asked = serverDelay(headers);
    if (asked.isPresent()) {
      return asked.get().compareTo(LONGEST_SERVER_DELAY) > 0 ? LONGEST_SERVER_DELAY : asked.get();
    }
    double millis = initial.toMillis() * Math.pow(2, Math.min(retry - 1, 4));
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis(Math.round(millis * jitter));
  }

  /** How long the server asked to wait, if it did. */
  static Optional<Duration> serverDelay(Map<String, List<String>> headers) {
    Optional<String> millis = header(headers, "retry-after-ms");
    if (millis.isPresent()) {
      try {
        double value = Double.parseDouble(millis.get().strip());
        if (value >= 0) {
          return Optional.of(Duration.ofMillis(Math.round(value)));
        }
      } catch (NumberFormatException ignored) {
        // fall back to retry-after
      }
    }
    Optional<String> retryAfter = header(headers, "retry-after");
    if (retryAfter.isEmpty()) {
      return Optional.empty();
    }
    String value = retryAfter.get().strip();
    try {
      double seconds = Double.parseDouble(value);
      return seconds >= 0 ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000)))
          : Optional.empty();
    } catch (NumberFormatException notSeconds) {
      try {
        Duration until = Duration.between(ZonedDateTime.now(),
            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        return Optional.of(until.isNegative() ? Duration.ZERO : until);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  private static Optional<String> header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty())
        .map(header -> header.getValue().get(0))
        .findFirst();
  }
}
