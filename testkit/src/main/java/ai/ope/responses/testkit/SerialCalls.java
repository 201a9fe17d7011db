package ai.ope.responses.testkit;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs one WebSocket connection's handler calls on the worker pool, one at a time and in order.
 * Grizzly reads socket frames on its selector thread, which a handler that blocks (a paced
 * stream, a stall) must not hold: every other connection of the server waits on it.
 */
final class SerialCalls {

  private static final System.Logger LOG = System.getLogger("ai.ope.responses.testkit");

  private final Executor executor;
  private final Queue<Runnable> queue = new ArrayDeque<>();
  private boolean running;

  SerialCalls(Executor executor) {
    this.executor = executor;
  }

  /** Runs the call after those submitted before it; dropped once the server has stopped. */
  void submit(Runnable call) {
    synchronized (this) {
      queue.add(call);
      if (running) {
        return;
      }
      running = true;
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException stopped) {
      synchronized (this) {
        queue.clear();
        running = false;
      }
    }
  }

  private void drain() {
    while (true) {
      Runnable next;
      synchronized (this) {
        next = queue.poll();
        if (next == null) {
          running = false;
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException failure) {
        // a failing handler loses its call, not the connection's later ones
        LOG.log(System.Logger.Level.WARNING, "The fake server's WebSocket handler failed",
            failure);
      }
    }
  }
}
