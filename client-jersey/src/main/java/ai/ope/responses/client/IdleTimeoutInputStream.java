package ai.ope.responses.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A body stream whose reads give up after waiting too long for a byte, as a socket read timeout
 * does: a watchdog closes the stream when a read has been blocked longer than the timeout, and
 * the read throws {@link SocketTimeoutException}. Time the application spends between reads does
 * not count.
 */
final class IdleTimeoutInputStream extends FilterInputStream {

  private final long timeoutNanos;
  private final Duration timeout;
  private final ScheduledFuture<?> check;
  /** When the current read started, or 0 when no read is waiting. */
  private volatile long waitingSince;
  private volatile boolean timedOut;

  /**
   * Wraps a body.
   *
   * @param timers the connector's timers, which run the check
   * @throws IOException when the client is closed
   */
  IdleTimeoutInputStream(InputStream in, Duration timeout, ConnectorTimers timers)
      throws IOException {
    super(in);
    this.timeout = timeout;
    this.timeoutNanos = timeout.toNanos();
    long period = Math.max(10, timeout.toMillis() / 4);
    this.check = timers.every(this::check, period, TimeUnit.MILLISECONDS);
  }

  private void check() {
    long since = waitingSince;
    if (since != 0 && System.nanoTime() - since > timeoutNanos) {
      timedOut = true;
      check.cancel(false);
      try {
        in.close();
      } catch (IOException ignored) {
        // the reader sees the timeout either way
      }
    }
  }

  @Override
  public int read() throws IOException {
    waitingSince = System.nanoTime();
    try {
      int value = super.read();
      if (value < 0) {
        check.cancel(false);
      }
      return value;
    } catch (IOException e) {
      throw timedOut ? timeout(e) : e;
    } finally {
      waitingSince = 0;
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    waitingSince = System.nanoTime();
    try {
      int read = super.read(buffer, offset, length);
      if (read < 0) {
        check.cancel(false);
      }
      return read;
    } catch (IOException e) {
      throw timedOut ? timeout(e) : e;
    } finally {
      waitingSince = 0;
    }
  }

  private SocketTimeoutException timeout(IOException closed) {
    SocketTimeoutException timeoutException =
        new SocketTimeoutException("Read timed out: no data for " + timeout.toMillis() + " ms");
    timeoutException.initCause(closed);
    return timeoutException;
  }

  @Override
  public void close() throws IOException {
    check.cancel(false);
    super.close();
  }
}
