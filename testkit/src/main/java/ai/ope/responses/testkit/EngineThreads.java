package ai.ope.responses.testkit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes and keeps every thread one fake server's engine starts, named
 * {@code responses-fake-<server>-<pool>-<n>}, so that {@code close()} can stop them all and wait
 * for them: no thread of a closed server outlives it.
 */
final class EngineThreads {

  /** How long close() waits for one thread to end after interrupting it. */
  private static final long JOIN_MILLIS = 2_000;

  private final String prefix;
  private final Set<Thread> started = ConcurrentHashMap.newKeySet();

  EngineThreads(int server) {
    this.prefix = "responses-fake-" + server + "-";
  }

  /** A factory for one pool's daemon threads. */
  ThreadFactory factory(String pool) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      started.add(thread);
      return thread;
    };
  }

  /** Interrupts the threads still alive (a stalled stream sleeps) and waits for them to end. */
  void stop() {
    Thread current = Thread.currentThread();
    for (Thread thread : started) {
      if (thread != current) {
        thread.interrupt();
      }
    }
    for (Thread thread : started) {
      if (thread == current) {
        continue;
      }
      try {
        thread.join(JOIN_MILLIS);
      } catch (InterruptedException stopping) {
        current.interrupt();
        return;
      }
    }
  }
}
