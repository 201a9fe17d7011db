package ai.ope.responses.api.internal;

/**
 * Finds line ends in event-stream bytes, eight bytes at a time: finding them is most of an SSE
 * reader's work. (Here rather than beside the reader: javac's doc-comment checker, which runs on
 * the exported packages, fails on a {@code VarHandle} call.)
 */
public final class LineEnds {

  private LineEnds() {}

  /**
   * The index of the first CR or LF in {@code bytes[from, to)}.
   *
   * @return the index, or {@code to} when there is none
   */
  public static int find(byte[] bytes, int from, int to) {
    int at = from;
    while (at + 8 <= to) {
      long word = (long) Utf8Scan.LONGS.get(bytes, at);
      long lf = word ^ 0x0A0A0A0A0A0A0A0AL;
      long cr = word ^ 0x0D0D0D0D0D0D0D0DL;
      // each term is non-zero exactly when some byte of the word is a LF, or a CR
      long found = (lf - Utf8Scan.ONES) & ~lf | (cr - Utf8Scan.ONES) & ~cr;
      if ((found & Utf8Scan.HIGH_BITS) != 0) {
        break;
      }
      at += 8;
    }
    while (at < to && bytes[at] != '\n' && bytes[at] != '\r') {
      at++;
    }
    return at;
  }
}
