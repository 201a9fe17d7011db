package ai.ope.responses.api.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads server-sent events from a byte stream, one at a time, as they arrive.
 *
 * <p>Block-buffered (the body is read in large chunks, never a byte at a time) and spec-complete:
 * LF, CRLF and CR line ends, also when a CR and its LF arrive in different reads; a leading
 * byte-order mark; comment lines (keep-alives); multi-line {@code data:}; events without an
 * {@code event:} line; one optional space after the colon. Lines are decoded as UTF-8 only once
 * complete, so a character split across network reads is read whole. Memory is one buffer plus
 * the event being read: a stream of any length is read in bounded memory.
 *
 * <p>At the end of the input a pending event is dispatched if its last line was complete (some
 * servers close right after {@code data: …\n}); a line cut off mid-way is dropped.
 *
 * <p>Not thread-safe: one reader per stream. {@link #close()} closes the input.
 */
public final class ServerSentEventReader implements AutoCloseable {

  private static final int BUFFER = 16 * 1024;

  /**
   * The largest event read by default, 64 MiB: far beyond any event the API sends (a partial
   * image is a few MB), small enough that a server sending an endless line cannot take the heap.
   */
  public static final int DEFAULT_MAX_EVENT_BYTES = 64 * 1024 * 1024;

  private final InputStream in;
  private final int maxEventBytes;
  /** Bytes of the current event's lines read so far. */
  private long eventBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int lineLength;
  private boolean lineComplete = true;
  private boolean skipLineFeed;
  private boolean started;
  private boolean ended;

  private String event;
  private String id;
  private StringBuilder data;
  private boolean dataComplete;

  /**
   * A reader of this input.
   *
   * @param in the event-stream bytes
   */
  public ServerSentEventReader(InputStream in) {
    this(in, DEFAULT_MAX_EVENT_BYTES);
  }

  /**
   * A reader of this input that refuses events larger than a limit.
   *
   * @param in the event-stream bytes
   * @param maxEventBytes the most bytes one event's lines may hold
   * @throws IllegalArgumentException when the limit is not positive
   */
  public ServerSentEventReader(InputStream in, int maxEventBytes) {
    if (maxEventBytes <= 0) {
      throw new IllegalArgumentException("maxEventBytes must be positive: " + maxEventBytes);
    }
    this.in = in;
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * Reads the next event, waiting for it to arrive.
   *
   * @return the event, or null at the end of the input
   * @throws IOException when reading fails, or when an event grows beyond the size limit (the
   *     reader is then unusable)
   */
  public ServerSentEvent next() throws IOException {
    while (readLine()) {
      eventBytes = lineLength == 0 ? 0 : eventBytes + lineLength + 1;
      if (lineLength == 0) {
        if (data != null) {
          return dispatch();
        }
        event = null;
        continue;
      }
      field();
    }
    return data != null && dataComplete ? dispatch() : null;
  }

  private ServerSentEvent dispatch() {
    ServerSentEvent dispatched = new ServerSentEvent(event, data.toString(), id);
    event = null;
    data = null;
    return dispatched;
  }

  private void field() {
    if (line[0] == ':') {
      return;
    }
    int colon = 0;
    while (colon < lineLength && line[colon] != ':') {
      colon++;
    }
    int valueStart = colon < lineLength ? colon + 1 : lineLength;
    if (valueStart < lineLength && line[valueStart] == ' ') {
      valueStart++;
    }
    String value = new String(line, valueStart, lineLength - valueStart, StandardCharsets.UTF_8);
    if (is("data", colon)) {
      data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      dataComplete = lineComplete;
    } else if (is("event", colon)) {
      event = value;
    } else if (is("id", colon)) {
      id = value;
    }
  }

  private boolean is(String name, int length) {
    if (length != name.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (line[i] != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Reads the next line into {@link #line}; false at the end of the input with nothing read. */
  private boolean readLine() throws IOException {
    lineLength = 0;
    while (true) {
      if (position == limit && !fill()) {
        lineComplete = false;
        stripByteOrderMark();
        return lineLength > 0;
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      append(start, position);
      if (position < limit) {
        skipLineFeed = buffer[position] == '\r';
        position++;
        lineComplete = true;
        stripByteOrderMark();
        return true;
      }
    }
  }

  /** Drops a UTF-8 byte-order mark from the first line: it may arrive split across reads. */
  private void stripByteOrderMark() {
    if (started) {
      return;
    }
    started = true;
    if (lineLength >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
        && (line[2] & 0xff) == 0xBF) {
      System.arraycopy(line, 3, line, 0, lineLength - 3);
      lineLength -= 3;
    }
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

  private void append(int from, int to) throws IOException {
    int length = to - from;
    if (eventBytes + lineLength + length > maxEventBytes) {
      throw new IOException("an event of the stream is larger than " + maxEventBytes
          + " bytes; reading stopped");
    }
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(buffer, from, line, lineLength, length);
    lineLength += length;
  }

  /**
   * Closes the input; a read blocked in another thread ends if the stream supports it.
   *
   * @throws IOException when closing fails
   */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
