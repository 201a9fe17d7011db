package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonLocation;

/** A position in in-memory JSON text; line and column are counted only when asked for. */
final class TextLocation implements JsonLocation {

  private final String text;
  private final int offset;

  TextLocation(String text, int offset) {
    this.text = text;
    this.offset = Math.min(offset, text.length());
  }

  @Override
  public long getLineNumber() {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  @Override
  public long getColumnNumber() {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart + 1L;
  }

  @Override
  public long getStreamOffset() {
    return offset;
  }
}
