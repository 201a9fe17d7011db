package ai.ope.responses.client;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Fails the test run when the {@linkplain SecretCanary canary key} leaked anywhere: a log
 * record, a test failure or report entry, or a file written during the run under this module's
 * {@code target} or the temporary folder (cassettes, reports, anything). Registered as a JUnit
 * Platform launcher session listener in the test resources, so it wraps every test of the module
 * whatever runs them; the failure names each place the key was found, never the key.
 */
// The tests compile inside the client's module, whose package exports this public type; the
// launcher's types are not the module's to export. The tests run on the class path.
@SuppressWarnings("exports")
public final class SecretCanaryCheck implements LauncherSessionListener {

  private final CanaryLogCapture logs = new CanaryLogCapture();
  private final CanaryFailureWatch failures = new CanaryFailureWatch(logs);
  private FileTime started;

  /** Called by the JUnit Platform, which finds the listener with the service loader. */
  public SecretCanaryCheck() {}

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    started = FileTime.from(Instant.now());
    logs.install();
    session.getLauncher().registerTestExecutionListeners(failures);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    logs.uninstall();
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    CanaryFileScan files = new CanaryFileScan(started)
        .scan(module.resolve("target"))
        .scan(Path.of(System.getProperty("java.io.tmpdir")));
    List<String> leaks = new ArrayList<>(logs.leaks());
    leaks.addAll(failures.leaks());
    leaks.addAll(files.leaks());
    System.out.println("[secret canary] " + files.summary() + "; " + leaks.size() + " leak(s)");
    if (!leaks.isEmpty()) {
      throw new AssertionError("The test API key (the secret canary) leaked into:\n  "
          + String.join("\n  ", leaks));
    }
  }

  /** Some text around the canary, with the canary itself blanked out. */
  static String excerpt(String text) {
    String blanked = text.replace(SecretCanary.KEY, "<canary>");
    int at = blanked.indexOf("<canary>");
    return blanked.substring(Math.max(0, at - 80), Math.min(blanked.length(), at + 48))
        .replaceAll("\\s+", " ").strip();
  }
}
