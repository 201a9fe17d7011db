package ai.ope.responses.testkit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The body of an answer as a reply's faults shape it on the wire: written in pieces, each flushed
 * on its own and a pause apart (a fragmented or slow connection), and dropped after a number of
 * bytes (a connection reset mid-body). Applies alike to JSON bodies and event streams.
 *
 * <p>After a drop the underlying stream is left open on purpose: closing it would end the body
 * cleanly (or, for a fixed length, pad the exchange), where the fault wants the connection gone.
 */
final class ShapedBody extends FilterOutputStream {

  /** The pause between pieces when a reply sets only a write size: enough not to coalesce. */
  private static final Duration DEFAULT_PAUSE = Duration.ofNanos(100_000);
  /**
   * How long the bytes before a drop are left to reach the client: a client that discards
   * buffered data on a connection error (the JDK's HttpClient does) still gets them.
   */
  private static final long DROP_GRACE_MILLIS = 100;

  private final int pieceSize;
  private final Duration pause;
  private final long dropAfter;
  private long written;

  ShapedBody(OutputStream out, Reply reply) {
    super(out);
    this.pieceSize = reply.writeSize;
    this.pause = reply.writePause.isZero() ? DEFAULT_PAUSE : reply.writePause;
    this.dropAfter = reply.resetAfterBytes;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    int allowed = dropAfter < 0 ? length : (int) Math.min(length, dropAfter - written);
    if (pieceSize == 0) {
      out.write(bytes, offset, allowed);
      written += allowed;
    } else {
      for (int start = 0; start < allowed; start += pieceSize) {
        int piece = Math.min(pieceSize, allowed - start);
        out.write(bytes, offset + start, piece);
        written += piece;
        out.flush();
        pause(pause);
      }
    }
    if (allowed < length) {
      out.flush();
      pause(Duration.ofMillis(DROP_GRACE_MILLIS));
      throw new ReplyWriter.ConnectionAbort("connection dropped after " + written
          + " bytes of the body", "cut by a fault after " + written + " bytes");
    }
  }

  private static void pause(Duration pause) {
    if (pause.compareTo(Duration.ofMillis(1)) < 0) {
      LockSupport.parkNanos(pause.toNanos());
      return;
    }
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      throw new ReplyWriter.ConnectionAbort("server stopping", "server stopped");
    }
  }
}
