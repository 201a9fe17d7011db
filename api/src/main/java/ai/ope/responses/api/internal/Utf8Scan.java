package ai.ope.responses.api.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

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

  /**
   * A run this long is probably a long string (an image's base64, a whole answer's text): from
   * here on, the scanner tests eight bytes at a time.
   */
  private static final int SHORT_RUN = 32;

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long SPACES = 0x2020202020202020L;
  /** Eight bytes of a byte array as one {@code long}. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
   * a backslash or a control character), or {@code end}. A byte at a time through a table for
   * the first {@value #SHORT_RUN} bytes: measured on the recorded events, whose strings are
   * mostly short, that beat testing eight bytes at a time; beyond them, eight at a time, which
   * scans a megabyte of base64 several times faster.
   */
  static int plainRun(byte[] bytes, int from, int end) {
    boolean[] plain = PLAIN;
    int at = from;
    int shortEnd = Math.min(end, from + SHORT_RUN);
    while (at < shortEnd && plain[bytes[at] & 0xff]) {
      at++;
    }
    if (at < shortEnd || at == end) {
      return at;
    }
    at = plainWords(bytes, at, end);
    while (at < end && plain[bytes[at] & 0xff]) {
      at++;
    }
    return at;
  }

  /**
   * The index of the first eight-byte word at or after {@code from} that holds a quote, a
   * backslash or a control character (or may: the test is exact for the word's first such byte
   * only), or of the last bytes that do not make a whole word.
   */
  private static int plainWords(byte[] bytes, int from, int end) {
    int at = from;
    // two words a turn: one branch per sixteen bytes
    while (at + 16 <= end) {
      long found = special((long) LONGS.get(bytes, at)) | special((long) LONGS.get(bytes, at + 8));
      if (found != 0) {
        break;
      }
      at += 16;
    }
    while (at + 8 <= end) {
      if (special((long) LONGS.get(bytes, at)) != 0) {
        return at;
      }
      at += 8;
    }
    return at;
  }

  /**
   * The high bit of each byte of {@code word} that is a quote, a backslash or below a space
   * (exact for the first such byte; bytes of 0x80 and above, UTF-8 sequences, are excluded by the
   * {@code ~word}); zero when there is none.
   */
  private static long special(long word) {
    long quote = word ^ QUOTES;
    long backslash = word ^ BACKSLASHES;
    return (((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash)
        | ((word - SPACES) & ~word)) & HIGH_BITS;
  }

  /** The index after the string starting at {@code quote}, or -1 when it does not end. */
  static int stringEnd(byte[] bytes, int quote, int end) {
    int at = quote + 1;
    while (true) {
      at = plainRun(bytes, at, end);
      if (at >= end) {
        return -1;
      }
      byte b = bytes[at];
      if (b == '"') {
        return at + 1;
      }
      // an escape skips the byte it escapes; a control character is left to the strict read
      at += b == '\\' ? 2 : 1;
    }
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
