package ai.ope.responses.client;

import java.io.EOFException;
import java.io.IOException;

/**
 * A body of a known length ({@code Content-Length}), or, with no length, one that ends when the
 * server closes the connection (which is then not reused).
 */
final class FixedLengthBody extends ResponseBody {

  /** Bytes of the body not yet read; {@link Long#MAX_VALUE} until the connection ends. */
  private long remaining;
  private final boolean untilClose;

  FixedLengthBody(HttpConnection connection, ConnectionPool pool, long length, boolean reusable,
      int readTimeoutMillis) {
    super(connection, pool, reusable && length >= 0, readTimeoutMillis);
    this.untilClose = length < 0;
    this.remaining = untilClose ? Long.MAX_VALUE : length;
    if (remaining == 0) {
      end(true);
    }
  }

  @Override
  int readBody(HttpConnection from, byte[] target, int offset, int length) throws IOException {
    if (remaining == 0) {
      return -1;
    }
    int read = from.read(target, offset, (int) Math.min(length, remaining));
    if (read < 0) {
      if (untilClose) {
        return -1;
      }
      throw new EOFException("the connection closed " + remaining
          + " bytes before the end of the answer's body");
    }
    if (!untilClose) {
      remaining -= read;
      if (remaining == 0) {
        end(true); // released now: a reader that stops at the last byte frees the connection
      }
    }
    return read;
  }

  @Override
  int bufferedBody(HttpConnection from) {
    return (int) Math.min(from.buffered(), remaining);
  }
}
