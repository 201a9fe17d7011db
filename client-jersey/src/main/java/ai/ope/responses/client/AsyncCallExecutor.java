package ai.ope.responses.client;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The client's own executor for asynchronous calls. */
final class AsyncCallExecutor {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private AsyncCallExecutor() {}

  /**
   * Virtual threads where the JVM has them (Java 21+, found by reflection so the library still
   * runs on 17); else a cached pool of daemon threads, which never keep the JVM alive.
   */
  static ExecutorService newExecutor() {
    try {
      Method virtual = java.util.concurrent.Executors.class
          .getMethod("newVirtualThreadPerTaskExecutor");
      return (ExecutorService) virtual.invoke(null);
    } catch (ReflectiveOperationException notOnThisJvm) {
      int pool = POOLS.incrementAndGet();
      AtomicInteger threads = new AtomicInteger();
      ThreadFactory daemons = task -> {
        Thread thread =
            new Thread(task, "responses-client-" + pool + "-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
      return java.util.concurrent.Executors.newCachedThreadPool(daemons);
    }
  }
}
