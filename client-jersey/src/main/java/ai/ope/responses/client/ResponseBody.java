package ai.ope.responses.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The body of one answer on an {@link HttpConnection}: reads at most the body's bytes, gives the
 * connection back to the pool once the whole body has been read, and closes it when the body is
 * closed before its end (or fails), so a connection is reused only in a known state. Closing
 * from another thread ends a blocked read at once.
 */
abstract sealed class ResponseBody extends InputStream permits FixedLengthBody, ChunkedBody {

  private final HttpConnection connection;
  private final ConnectionPool pool;
  private final boolean reusable;
  private final int readTimeoutMillis;
  /** Set once the body has ended or was closed: the connection is no longer this body's. */
  private final AtomicBoolean ended = new AtomicBoolean();
  private final byte[] one = new byte[1];

  ResponseBody(HttpConnection connection, ConnectionPool pool, boolean reusable,
      int readTimeoutMillis) {
    this.connection = connection;
    this.pool = pool;
    this.reusable = reusable;
    this.readTimeoutMillis = readTimeoutMillis;
  }

  /** Reads body bytes; -1 at the end of the body. */
  abstract int readBody(HttpConnection from, byte[] target, int offset, int length)
      throws IOException;

  /** Bytes of the body available without blocking. */
  abstract int bufferedBody(HttpConnection from);

  @Override
  public final int read(byte[] target, int offset, int length) throws IOException {
    java.util.Objects.checkFromIndexSize(offset, length, target.length);
    if (ended.get()) {
      return -1;
    }
    if (length == 0) {
      return 0;
    }
    try {
      int read = readBody(connection, target, offset, length);
      if (read < 0) {
        end(true);
      }
      return read;
    } catch (SocketTimeoutException e) {
      end(false);
      SocketTimeoutException timeout = new SocketTimeoutException(
          "Read timed out: no data for " + readTimeoutMillis + " ms");
      timeout.initCause(e);
      throw timeout;
    } catch (IOException | RuntimeException e) {
      end(false);
      throw e;
    }
  }

  @Override
  public final int read() throws IOException {
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public final int available() {
    return ended.get() ? 0 : bufferedBody(connection);
  }

  /** Ends the body: at its end the connection goes back to the pool, else it is closed. */
  final void end(boolean complete) {
    // once: a close from another thread may race the read that reaches the end
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    if (complete && reusable && !connection.isClosed()) {
      pool.release(connection);
    } else {
      connection.close();
    }
  }

  @Override
  public final void close() {
    // Before the end, the rest of the body is not read through: an abandoned stream could
    // go on for minutes; a new connection costs less than that.
    end(false);
  }
}
