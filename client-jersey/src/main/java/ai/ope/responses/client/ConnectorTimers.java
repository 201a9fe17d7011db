package ai.ope.responses.client;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The timer thread of one connector (write and read timeouts), started on first use and stopped
 * by {@link #close()}. One per client rather than one per JVM: a thread shared by every client
 * could never be stopped, so it outlived {@code ResponsesClient.close()}, kept {@code mvn
 * exec:java} waiting for it, and pinned the class loader of an undeployed application.
 */
final class ConnectorTimers implements AutoCloseable {

  /** How long {@link #close()} waits for the thread to end: it only runs short checks. */
  private static final long STOP_MILLIS = 1_000;

  private final String threadName;
  private ScheduledThreadPoolExecutor timer;
  /** The timer's thread, joined on close: an ended pool's thread is still alive a moment. */
  private Thread thread;
  private boolean closed;

  ConnectorTimers(String threadName) {
    this.threadName = threadName;
  }

  /**
   * Runs the task once after the delay.
   *
   * @throws IOException when the client is closed: nothing may be started any more
   */
  ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) throws IOException {
    try {
      return timer().schedule(task, delay, unit);
    } catch (RejectedExecutionException e) {
      throw closedError(e);
    }
  }

  /**
   * Runs the task every period.
   *
   * @throws IOException when the client is closed
   */
  ScheduledFuture<?> every(Runnable task, long period, TimeUnit unit) throws IOException {
    try {
      return timer().scheduleAtFixedRate(task, period, period, unit);
    } catch (RejectedExecutionException e) {
      throw closedError(e);
    }
  }

  private synchronized ScheduledThreadPoolExecutor timer() {
    if (closed) {
      throw new RejectedExecutionException("closed");
    }
    if (timer == null) {
      timer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread started = new Thread(task, threadName);
        started.setDaemon(true);
        synchronized (this) {
          thread = started;
        }
        return started;
      });
      // A finished call cancels its check: without this the cancelled check (and what it holds)
      // stayed queued until its time came, so a busy client kept hundreds of thousands of them.
      timer.setRemoveOnCancelPolicy(true);
    }
    return timer;
  }

  private static IOException closedError(RejectedExecutionException e) {
    return new IOException("the client is closed", e);
  }

  /** Cancels every pending check and ends the thread. Idempotent. */
  @Override
  public void close() {
    ScheduledThreadPoolExecutor stopped;
    Thread running;
    synchronized (this) {
      closed = true;
      stopped = timer;
      running = thread;
      timer = null;
      thread = null;
    }
    if (stopped == null) {
      return;
    }
    stopped.shutdownNow();
    try {
      // waited for, so that "no thread of ours after close()" holds when close() returns
      if (running != null && running != Thread.currentThread()) {
        running.join(STOP_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
