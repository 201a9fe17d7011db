package ai.ope.responses.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The floor's reader: lines from a body as bytes arrive, with no decoding beyond UTF-8 and no
 * waiting for more than one read returns ({@code BufferedReader} over {@code InputStreamReader}
 * may block for further input while a line is already complete, which skews latency).
 */
final class RawLines implements AutoCloseable {

  private final InputStream in;
  private final byte[] buffer = new byte[16_384];
  private int position;
  private int limit;
  private byte[] line = new byte[256];

  RawLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its end, or null at the end of the body. */
  String next() throws IOException {
    int length = 0;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit < 0) {
          limit = 0;
          return length == 0 ? null : new String(line, 0, length, StandardCharsets.UTF_8);
        }
      }
      byte next = buffer[position++];
      if (next == '\n') {
        return new String(line, 0, length, StandardCharsets.UTF_8);
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, length * 2);
      }
      line[length++] = next;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
