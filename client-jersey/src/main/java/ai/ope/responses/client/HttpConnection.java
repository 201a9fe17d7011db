package ai.ope.responses.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 connection on a blocking socket (opened by {@link Connections}), read and written on the caller's thread, with
 * its own read buffer. Used by one exchange at a time; {@link #close()} may come from any thread
 * and ends a blocked read or write at once (it closes the TCP socket under any TLS layer, which
 * closing an {@code SSLSocket} from another thread would not promise).
 */
final class HttpConnection implements AutoCloseable {

  /** Large enough for any answer's headers in one read, and for SSE frames as they come. */
  private static final int BUFFER = 16 * 1024;
  /** A status line and headers longer than this are refused rather than held in memory. */
  private static final int LONGEST_HEAD = 256 * 1024;

  private final Route route;
  private final SocketChannel channel;
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private long idleSince;
  /** When reads must have ended ({@link System#nanoTime()}), or 0: a whole-head time limit. */
  private long deadline;
  private volatile boolean closed;

  /** A connection over a connected socket (TLS already negotiated when it is secure). */
  HttpConnection(Route route, SocketChannel channel, Socket socket) throws IOException {
    this.route = route;
    this.channel = channel;
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  Route route() {
    return route;
  }

  /** Sets the longest wait of each later read; 0 waits for ever. Clears any deadline. */
  void readTimeout(int millis) throws IOException {
    deadline = 0;
    socket.setSoTimeout(millis);
  }

  /**
   * Bounds every later read by one point in time rather than by each wait (the whole head must
   * arrive in time: a server sending a byte now and then would pass a per-read limit for ever).
   *
   * @param deadlineNanos a {@link System#nanoTime()} value, or 0 for none
   */
  void deadline(long deadlineNanos) {
    deadline = deadlineNanos;
  }

  /** Writes a request head and body, and flushes them. */
  void write(byte[] head, byte[] body) throws IOException {
    if (body != null && body.length > 0 && head.length + body.length <= BUFFER) {
      // one segment for a small request: fewer packets, and a server reads it in one go
      byte[] both = new byte[head.length + body.length];
      System.arraycopy(head, 0, both, 0, head.length);
      System.arraycopy(body, 0, both, head.length, body.length);
      out.write(both);
    } else {
      out.write(head);
      if (body != null) {
        out.write(body);
      }
    }
    out.flush();
  }

  /** Reads a status line and headers; interim (1xx) answers are skipped. */
  ResponseHead readHead() throws IOException {
    while (true) {
      int budget = LONGEST_HEAD;
      String statusLine = readLine(budget);
      ResponseHead head = ResponseHead.ofStatusLine(statusLine);
      budget -= statusLine.length();
      for (String line = readLine(budget); !line.isEmpty(); line = readLine(budget)) {
        budget -= line.length() + 2;
        head.add(line);
      }
      if (head.status() / 100 != 1 || head.status() == 101) {
        return head;
      }
    }
  }

  /** A line of the head without its CRLF (or bare LF), as ISO-8859-1. */
  String readLine(int budget) throws IOException {
    int start = position;
    while (true) {
      for (int i = start; i < limit; i++) {
        if (buffer[i] == '\n') {
          int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
          String line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
          position = i + 1;
          return line;
        }
      }
      if (limit - position >= budget) {
        throw new ProtocolException("the answer's headers are longer than " + LONGEST_HEAD
            + " bytes");
      }
      start = limit - position;
      compact();
      if (limit == buffer.length) {
        throw new ProtocolException("a header line is longer than " + BUFFER + " bytes");
      }
      if (fill() < 0) {
        throw new EOFException(limit == 0 ? "the connection closed where an answer's line was due"
            : "the connection closed in the middle of a line of the answer");
      }
    }
  }

  /** Reads body bytes: from the buffer first, then straight from the socket for large reads. */
  int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == limit) {
      if (length >= buffer.length) {
        return in.read(target, offset, length);
      }
      position = 0;
      limit = 0;
      if (fill() < 0) {
        return -1;
      }
    }
    int count = Math.min(length, limit - position);
    System.arraycopy(buffer, position, target, offset, count);
    position += count;
    return count;
  }

  /** One byte, or -1 at the end of the connection. */
  int read() throws IOException {
    if (position == limit) {
      position = 0;
      limit = 0;
      if (fill() < 0) {
        return -1;
      }
    }
    return buffer[position++] & 0xff;
  }

  /** Bytes already read from the socket and not yet consumed. */
  int buffered() {
    return limit - position;
  }

  private void compact() {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
  }

  private int fill() throws IOException {
    if (deadline != 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new SocketTimeoutException("Read timed out");
      }
      socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000 + 1)));
    }
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read > 0) {
      limit += read;
    }
    return read;
  }

  /** Marks the connection idle, for the pool. */
  void idle() {
    idleSince = System.nanoTime();
  }

  long idleSince() {
    return idleSince;
  }

  /**
   * Whether an idle connection can carry another request: open, with nothing unread, and not
   * closed by the server while it waited (a non-blocking read of the TCP socket sees the end).
   * A request sent on a connection the server had closed would fail, and a POST is not sent
   * twice, so such a connection is dropped before use rather than after.
   */
  boolean healthy() {
    if (closed || buffered() > 0 || socket.isClosed() || socket.isInputShutdown()) {
      return false;
    }
    try {
      channel.configureBlocking(false);
      try {
        return channel.read(ByteBuffer.allocate(1)) == 0;
      } finally {
        channel.configureBlocking(true);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
    try {
      channel.close(); // the TCP socket: ends a read blocked in another thread at once
    } catch (IOException ignored) {
      // nothing more to release
    }
  }
}
