package ai.ope.responses.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.http.HttpClient;

/** What this library does with the JDK's {@code HttpClient} beyond its Java 17 API. */
final class HttpClients {

  private HttpClients() {}

  /**
   * Stops the client's threads and aborts its exchanges, on Java 21 and later, where
   * {@code HttpClient} has {@code shutdownNow()} (found by reflection: the library runs on 17).
   * On Java 17 nothing can stop them: its selector thread, a daemon, ends once the client is
   * garbage collected.
   */
  static void shutdownNow(HttpClient client) {
    Method shutdownNow;
    try {
      shutdownNow = HttpClient.class.getMethod("shutdownNow");
    } catch (NoSuchMethodException java17) {
      return;
    }
    try {
      shutdownNow.invoke(client);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot stop the JDK HttpClient", e);
    } catch (InvocationTargetException e) {
      LoggingFilter.LOG.log(System.Logger.Level.DEBUG, "stopping the JDK HttpClient failed",
          e.getCause());
    }
  }
}
