package ai.ope.responses.client.cdi;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.spi.InitialContextFactory;

/**
 * A naming context that binds only the default managed executor, as a Jakarta EE server does:
 * selected with the {@code java.naming.factory.initial} system property.
 */
// public for the naming service; test-only, so the JDK naming types it names stay unexported
@SuppressWarnings("exports")
public final class TestNamingContextFactory implements InitialContextFactory {

  /** Tasks the "managed" executor ran. */
  static final AtomicInteger TASKS = new AtomicInteger();

  private static final ExecutorService MANAGED = Executors.newCachedThreadPool();

  /** Created by the naming service. */
  public TestNamingContextFactory() {}

  @Override
  public Context getInitialContext(Hashtable<?, ?> environment) {
    ExecutorService counting = (ExecutorService) Proxy.newProxyInstance(
        ExecutorService.class.getClassLoader(), new Class<?>[] {ExecutorService.class},
        (proxy, method, arguments) -> {
          if (method.getName().equals("execute") || method.getName().equals("submit")) {
            TASKS.incrementAndGet();
          }
          return method.invoke(MANAGED, arguments);
        });
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(),
        new Class<?>[] {Context.class}, (proxy, method, arguments) -> {
          if (method.getName().equals("lookup")
              && ManagedExecutors.DEFAULT.equals(String.valueOf(arguments[0]))) {
            return counting;
          }
          if (method.getName().equals("close")) {
            return null;
          }
          throw new NameNotFoundException(method.getName() + " " + arguments[0]);
        });
  }
}
