package ai.ope.responses.api.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Escapes unpaired UTF-16 surrogates as JSON escapes (backslash, u, four hex digits). A string
 * may hold one (a server that escaped half an emoji, say); written raw it is not Unicode text,
 * and UTF-8 output turns it into {@code ?}. The JSON generator writes such a character only
 * inside a string literal, where the escape stands for the same character: reading the output
 * gives back the same string, whether it was written as text or as bytes. A high surrogate that
 * ends one write is held back until the next shows whether its pair follows.
 */
final class SurrogateEscapingWriter extends FilterWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private boolean pending;
  private char pendingHigh;

  SurrogateEscapingWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    write(new char[] {(char) c}, 0, 1);
  }

  @Override
  public void write(String text, int off, int len) throws IOException {
    char[] chars = new char[len];
    text.getChars(off, off + len, chars, 0);
    write(chars, 0, len);
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    int end = off + len;
    int run = off;
    int at = off;
    if (pending && len > 0) {
      pending = false;
      if (Character.isLowSurrogate(chars[off])) {
        out.write(pendingHigh);
        out.write(chars[off]);
        run = off + 1;
        at = off + 1;
      } else {
        escape(pendingHigh);
      }
    }
    for (; at < end; at++) {
      char c = chars[at];
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (at + 1 == end) {
          out.write(chars, run, at - run);
          pending = true;
          pendingHigh = c;
          run = end;
          break;
        }
        if (Character.isLowSurrogate(chars[at + 1])) {
          at++;
          continue;
        }
      }
      out.write(chars, run, at - run);
      escape(c);
      run = at + 1;
    }
    out.write(chars, run, end - run);
  }

  @Override
  public void close() throws IOException {
    if (pending) {
      pending = false;
      escape(pendingHigh);
    }
    super.close();
  }

  private void escape(char c) throws IOException {
    out.write(new char[] {'\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 0xf], HEX[(c >> 4) & 0xf],
        HEX[c & 0xf]});
  }
}
