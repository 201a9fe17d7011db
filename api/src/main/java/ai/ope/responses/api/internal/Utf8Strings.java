package ai.ope.responses.api.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Values of UTF-8 JSON tokens the parser has already checked, materialised once: strings straight
 * into their final {@code String}, numbers without an intermediate {@code String} where a fast
 * exact path exists.
 */
final class Utf8Strings {

  /** Powers of ten that a {@code double} holds exactly. */
  private static final double[] EXACT_POWERS = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
      1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  private Utf8Strings() {}

  /**
   * A string token's text with its escapes resolved; {@code [from, to)} is between the quotes and
   * every escape in it is valid. Runs of non-ASCII bytes are decoded by the JDK, as whole tokens
   * without escapes are, so malformed UTF-8 becomes U+FFFD the same way on both paths.
   */
  static String unescape(byte[] bytes, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int at = from;
    while (at < to) {
      byte b = bytes[at];
      if (b == '\\') {
        at = escape(bytes, at + 1, out);
      } else if (b >= 0) {
        out.append((char) b);
        at++;
      } else {
        int run = at;
        while (at < to && bytes[at] < 0) {
          at++;
        }
        out.append(new String(bytes, run, at - run, StandardCharsets.UTF_8));
      }
    }
    return out.toString();
  }

  /** Appends the escape whose letter is at {@code at}; returns the index after it. */
  private static int escape(byte[] bytes, int at, StringBuilder out) {
    switch (bytes[at]) {
      case 'b':
        out.append('\b');
        break;
      case 'f':
        out.append('\f');
        break;
      case 'n':
        out.append('\n');
        break;
      case 'r':
        out.append('\r');
        break;
      case 't':
        out.append('\t');
        break;
      case 'u':
        // A lone surrogate stays a lone surrogate: UTF-16 keeps what UTF-8 could not.
        out.append((char) (Utf8Scan.hexDigit(bytes[at + 1]) << 12
            | Utf8Scan.hexDigit(bytes[at + 2]) << 8 | Utf8Scan.hexDigit(bytes[at + 3]) << 4
            | Utf8Scan.hexDigit(bytes[at + 4])));
        return at + 5;
      default: // '"', '\\' or '/'
        out.append((char) bytes[at]);
        break;
    }
    return at + 1;
  }

  /** A number token exactly. */
  static BigDecimal decimal(byte[] bytes, int from, int to) {
    char[] digits = new char[to - from];
    for (int i = from; i < to; i++) {
      digits[i - from] = (char) bytes[i];
    }
    return new BigDecimal(digits);
  }

  /**
   * A number token as the nearest {@code double}, like {@code Double.parseDouble}. Numbers of at
   * most 15 significant digits and a small exponent (temperatures, probabilities, scores) take
   * the exact fast path: an integer and a power of ten both held exactly by a {@code double},
   * combined by one correctly rounded multiplication or division. Up to 19 digits go through
   * {@link EiselLemire}; anything else, or anything it cannot decide, through the JDK.
   */
  static double toDouble(byte[] bytes, int from, int to) {
    int at = from;
    boolean negative = bytes[at] == '-';
    if (negative) {
      at++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean fraction = false;
    for (; at < to; at++) {
      byte b = bytes[at];
      if (b == '.') {
        fraction = true;
      } else if (b >= '0' && b <= '9') {
        scale -= fraction ? 1 : 0;
        if (mantissa == 0 && b == '0') {
          continue; // leading zeros are not significant digits
        }
        mantissa = mantissa * 10 + (b - '0');
        if (++digits > 19) {
          return slowDouble(bytes, from, to);
        }
      } else {
        break;
      }
    }
    if (at < to) {
      int exponent = exponent(bytes, at + 1, to);
      if (exponent == Integer.MIN_VALUE) {
        return slowDouble(bytes, from, to);
      }
      scale += exponent;
    }
    if (digits <= 15 && scale >= -22 && scale <= 22) {
      double value = scale < 0 ? mantissa / EXACT_POWERS[-scale]
          : mantissa * EXACT_POWERS[scale];
      return negative ? -value : value;
    }
    double value = EiselLemire.toDouble(mantissa, scale, negative);
    return Double.isNaN(value) ? slowDouble(bytes, from, to) : value;
  }

  /** The exponent after {@code e}, or {@code Integer.MIN_VALUE} when it has over four digits. */
  private static int exponent(byte[] bytes, int from, int to) {
    int at = from;
    boolean negative = bytes[at] == '-';
    if (negative || bytes[at] == '+') {
      at++;
    }
    if (to - at > 4) {
      return Integer.MIN_VALUE;
    }
    int exponent = 0;
    for (; at < to; at++) {
      exponent = exponent * 10 + (bytes[at] - '0');
    }
    return negative ? -exponent : exponent;
  }

  private static double slowDouble(byte[] bytes, int from, int to) {
    return Double.parseDouble(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
  }
}
