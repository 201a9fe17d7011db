package ai.ope.responses.api.internal;

/**
 * Scanning over UTF-8 JSON bytes: the string scanner's inner loop, and lenient scans for looking
 * ahead without parsing (the parser's strict read reports whatever these skip over).
 */
final class Utf8Scan {

  /**
   * {@code PLAIN[b & 0xff]}: a byte a string may hold as is (not a quote, a backslash or a control
   * character). One table load per byte is the string scanner's whole inner loop.
   */
  static final boolean[] PLAIN = new boolean[256];

  static {
    for (int b = 0x20; b < 256; b++) {
      PLAIN[b] = b != '"' && b != '\\';
    }
  }

  private Utf8Scan() {}

  static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  /** The index of the first byte at or after {@code from} that is not JSON whitespace. */
  static int skipSpace(byte[] bytes, int from, int end) {
    int at = from;
    // compact JSON has no whitespace: one comparison settles most calls
    while (at < end && bytes[at] <= ' ' && isSpace(bytes[at])) {
      at++;
    }
    return at;
  }

  /**
   * The index of the first byte at or after {@code from} that ends a string's plain run (a quote,
   * a backslash or a control character), or {@code end}. A byte at a time through a table:
   * measured on the recorded events, whose strings are mostly short, this beat testing eight
   * bytes at a time (which pays off for the long lines of {@link LineEnds}).
   */
  static int plainRun(byte[] bytes, int from, int end) {
    boolean[] plain = PLAIN;
    int at = from;
    while (at < end && plain[bytes[at] & 0xff]) {
      at++;
    }
    return at;
  }

  /** The index after the string starting at {@code quote}, or -1 when it does not end. */
  static int stringEnd(byte[] bytes, int quote, int end) {
    for (int at = quote + 1; at < end; at++) {
      byte b = bytes[at];
      if (b == '"') {
        return at + 1;
      }
      if (b == '\\') {
        at++;
      }
    }
    return -1;
  }

  /** The index after the value starting at {@code from}, found leniently (the read validates). */
  static int valueEnd(byte[] bytes, int from, int end) {
    int nesting = 0;
    int at = from;
    while (at < end) {
      byte b = bytes[at];
      if (b == '"') {
        at = stringEnd(bytes, at, end);
        if (at < 0) {
          return end;
        }
        if (nesting == 0) {
          return at;
        }
        continue;
      }
      if (b == '{' || b == '[') {
        nesting++;
      } else if (b == '}' || b == ']') {
        if (nesting == 0) {
          return at;
        }
        if (--nesting == 0) {
          return at + 1;
        }
      } else if (b == ',' && nesting == 0) {
        return at;
      }
      at++;
    }
    return end;
  }

  /** The value of a hexadecimal digit, or -1. */
  static int hexDigit(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }
}
