package ai.ope.responses.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A body stream whose reads give up after waiting too long for a byte, as a socket read timeout
 * does: a watchdog closes the stream when a read has been blocked longer than the timeout, and
 * the read throws {@link SocketTimeoutException}. Time the application spends between reads does
 * not count.
 */
final class IdleTimeoutInputStream extends FilterInputStream {

  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final long timeoutNanos;
  private final Duration timeout;
  private final ScheduledFuture<?> check;
  /** When the current read started, or 0 when no read is waiting. */
  private volatile long waitingSince;
  private volatile boolean timedOut;

  IdleTimeoutInputStream(InputStream in, Duration timeout) {
    super(in);
    this.timeout = timeout;
    this.timeoutNanos = timeout.toNanos();
    long period = Math.max(10, timeout.toMillis() / 4);
    this.check = WATCHDOG.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "responses-client-read-timeouts");
      thread.setDaemon(true);
      return thread;
    });
    // A closed body cancels its check: without this the cancelled check (and the stream it
    // holds) stayed queued until its next run, a quarter of the read timeout later, so a busy
    // client kept hundreds of thousands of them.
    watchdog.setRemoveOnCancelPolicy(true);
    return watchdog;
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
