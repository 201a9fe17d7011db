package ai.ope.responses.api.stream;

import ai.ope.responses.api.internal.LineEnds;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of an event stream as byte ranges: LF, CRLF and CR ends (also a CR and its LF in
 * different reads), a leading byte-order mark dropped, and a size limit per event.
 *
 * <p>The input is read in large blocks. A line that lies whole in the block (nearly every line)
 * is handed out as a range of the block itself, copied nowhere; only a line split across reads
 * is assembled in a second buffer. A range stays valid until the next {@link #read()}.
 */
final class SseLines {

  private static final int BUFFER = 16 * 1024;

  private final InputStream in;
  private final int maxEventBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private byte[] assembled = new byte[256];
  private int assembledLength;
  /** Bytes of the current event's lines read so far. */
  private long eventBytes;
  private boolean skipLineFeed;
  private boolean started;
  private boolean ended;

  private byte[] bytes;
  private int from;
  private int to;
  private boolean complete;

  SseLines(InputStream in, int maxEventBytes) {
    this.in = in;
    this.maxEventBytes = maxEventBytes;
  }

  /** The bytes holding the line just read: {@code bytes()[from(), to())}. */
  byte[] bytes() {
    return bytes;
  }

  int from() {
    return from;
  }

  int to() {
    return to;
  }

  /** Whether the line just read ended with a line end (not with the end of the input). */
  boolean complete() {
    return complete;
  }

  /**
   * Reads the next line; false at the end of the input with nothing read.
   *
   * @throws IOException when reading fails, or the event grows beyond the size limit
   */
  boolean read() throws IOException {
    assembledLength = 0;
    while (true) {
      if (position == limit && !fill()) {
        complete = false;
        found(assembled, 0, assembledLength);
        return assembledLength > 0;
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int start = position;
      int end = LineEnds.find(buffer, start, limit);
      if (end < limit) {
        skipLineFeed = buffer[end] == '\r';
        position = end + 1;
        complete = true;
        if (assembledLength == 0) {
          checkSize(end - start);
          found(buffer, start, end);
        } else {
          assemble(start, end);
          found(assembled, 0, assembledLength);
        }
        return true;
      }
      position = end;
      assemble(start, end);
    }
  }

  /** Takes the line found, without a byte-order mark at the very start of the input. */
  private void found(byte[] line, int start, int end) {
    bytes = line;
    from = start;
    to = end;
    if (!started) {
      started = true;
      if (end - start >= 3 && (line[start] & 0xff) == 0xEF && (line[start + 1] & 0xff) == 0xBB
          && (line[start + 2] & 0xff) == 0xBF) {
        from += 3;
      }
    }
    eventBytes = to == from ? 0 : eventBytes + (to - from) + 1;
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int read = in.read(buffer, 0, buffer.length);
    if (read <= 0) {
      ended = read < 0;
      return read > 0;
    }
    position = 0;
    limit = read;
    return true;
  }

  private void assemble(int start, int end) throws IOException {
    int length = end - start;
    checkSize(assembledLength + length);
    if (assembledLength + length > assembled.length) {
      assembled = Arrays.copyOf(assembled,
          Math.max(assembled.length * 2, assembledLength + length));
    }
    System.arraycopy(buffer, start, assembled, assembledLength, length);
    assembledLength += length;
  }

  private void checkSize(long lineLength) throws IOException {
    if (eventBytes + lineLength > maxEventBytes) {
      throw new IOException("an event of the stream is larger than " + maxEventBytes
          + " bytes; reading stopped");
    }
  }

  /** Closes the input. */
  void close() throws IOException {
    in.close();
  }
}
