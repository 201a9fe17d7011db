package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.List;

/** Splits text into streaming deltas, never inside a character (surrogate pairs stay whole). */
final class TextChunks {

  private TextChunks() {}

  /** At most {@code count} pieces of about equal length whose concatenation is the text. */
  static List<String> split(String text, int count) {
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == 0) {
      return List.of();
    }
    int pieces = Math.min(count, codePoints);
    List<String> deltas = new ArrayList<>(pieces);
    int start = 0;
    for (int piece = 0; piece < pieces; piece++) {
      int size = codePoints / pieces + (piece < codePoints % pieces ? 1 : 0);
      int end = text.offsetByCodePoints(start, size);
      deltas.add(text.substring(start, end));
      start = end;
    }
    return deltas;
  }
}
