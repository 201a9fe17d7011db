package ai.ope.responses.client;

import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;

/** A body in HTTP/1.1 chunked transfer coding (RFC 9112 section 7.1); trailers are skipped. */
final class ChunkedBody extends ResponseBody {

  /** Longest chunk-size line accepted (size and extensions). */
  private static final int LONGEST_SIZE_LINE = 4096;
  /** Longest trailer section accepted. */
  private static final int LONGEST_TRAILERS = 64 * 1024;

  /** Bytes left in the current chunk; -1 before the first chunk's size is read. */
  private long inChunk = -1;
  private boolean last;

  ChunkedBody(HttpConnection connection, ConnectionPool pool, boolean reusable,
      int readTimeoutMillis) {
    super(connection, pool, reusable, readTimeoutMillis);
  }

  @Override
  int readBody(HttpConnection from, byte[] target, int offset, int length) throws IOException {
    if (last) {
      return -1;
    }
    if (inChunk <= 0) {
      if (inChunk == 0) {
        endOfChunk(from);
      }
      inChunk = chunkSize(from);
      if (inChunk == 0) {
        last = true;
        try {
          trailers(from);
        } catch (EOFException closedAfterTheLastChunk) {
          // every byte of the body came; only the final line break did not: the body is
          // whole (a create must not be sent again for it), the connection is not reusable
          end(false);
          return -1;
        }
        end(true);
        return -1;
      }
    }
    int read = from.read(target, offset, (int) Math.min(length, inChunk));
    if (read < 0) {
      throw new EOFException("the connection closed inside a chunk of the answer's body");
    }
    inChunk -= read;
    return read;
  }

  private static void endOfChunk(HttpConnection from) throws IOException {
    if (!from.readLine(LONGEST_SIZE_LINE).isEmpty()) {
      throw new ProtocolException("a chunk of the answer's body is longer than its size");
    }
  }

  private static long chunkSize(HttpConnection from) throws IOException {
    String line = from.readLine(LONGEST_SIZE_LINE);
    int end = 0;
    while (end < line.length() && Character.digit(line.charAt(end), 16) >= 0) {
      end++;
    }
    if (end == 0 || end > 15
        || (end < line.length() && line.charAt(end) != ';' && line.charAt(end) != ' '
        && line.charAt(end) != '\t')) {
      throw new ProtocolException("malformed chunk size in the answer's body");
    }
    return Long.parseLong(line, 0, end, 16);
  }

  private static void trailers(HttpConnection from) throws IOException {
    int budget = LONGEST_TRAILERS;
    for (String line = from.readLine(budget); !line.isEmpty(); line = from.readLine(budget)) {
      budget -= line.length() + 2;
      if (budget <= 0) {
        throw new ProtocolException("the answer's trailers are longer than " + LONGEST_TRAILERS
            + " bytes");
      }
    }
  }

  @Override
  int bufferedBody(HttpConnection from) {
    return inChunk > 0 ? (int) Math.min(from.buffered(), inChunk) : 0;
  }
}
