package ai.ope.responses.client.cdi;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The Jakarta EE container's default managed executor, where there is one. */
final class ManagedExecutors {

  /** Where Jakarta Concurrency binds the default executor. */
  static final String DEFAULT = "java:comp/DefaultManagedExecutorService";

  private ManagedExecutors() {}

  /**
   * The default managed executor: asynchronous work then runs on the container's threads, with
   * its context and limits. Outside a Jakarta EE server (Weld SE, tests) there is no naming
   * context, and the client keeps its own executor.
   */
  static Optional<ExecutorService> lookup() {
    try {
      Object found = new InitialContext().lookup(DEFAULT);
      return found instanceof ExecutorService executor ? Optional.of(executor) : Optional.empty();
    } catch (NamingException | RuntimeException noNamingHere) {
      return Optional.empty();
    }
  }
}
