package ai.ope.responses.api.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Unix timestamps as the API sends them (seconds, a JSON number that may carry a fraction) read
 * as {@link Instant}s. The wire value stays the model's member, so nothing is lost by writing it
 * back; the instant is a view of it.
 */
public final class UnixSeconds {

  private UnixSeconds() {}

  /**
   * The instant a number of Unix seconds names, to the nanosecond: the decimal the number prints
   * as, not its binary approximation ({@code 1.5} is 1 s and 500 000 000 ns).
   *
   * @param seconds the seconds since 1970-01-01T00:00:00Z, or null
   * @param member the member's wire name, for the error
   * @return the instant, or null when the member is absent
   * @throws DateTimeException when the number is no instant (out of {@link Instant}'s range)
   */
  public static Instant toInstant(Double seconds, String member) {
    if (seconds == null) {
      return null;
    }
    if (seconds.isNaN() || seconds.isInfinite()) {
      throw new DateTimeException(member + " is not a Unix timestamp: " + seconds);
    }
    BigDecimal exact = BigDecimal.valueOf(seconds);
    BigDecimal whole = exact.setScale(0, RoundingMode.FLOOR);
    long nanos = exact.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
    try {
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    } catch (ArithmeticException | DateTimeException outOfRange) {
      throw new DateTimeException(member + " is not a Unix timestamp in Instant's range: "
          + exact.toPlainString(), outOfRange);
    }
  }
}
