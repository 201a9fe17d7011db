package ai.ope.responses.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The testkit's standalone jar run as users run it, {@code java -jar … serve --port 0 --log}
 * with no cassette, one process per test class: started before the class's tests, stopped after
 * them. When a test fails, what the server printed during it (one line per request, with the
 * reason for every error) is shown beside the failure.
 */
final class StandaloneServer
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

  /** Set by the build to the jar the testkit module packages in the same reactor. */
  static final String JAR_PROPERTY = "conformance.standalone.jar";

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/v1)");
  private static final long STARTUP_SECONDS = 60;

  private final Map<String, String> environment;
  private final List<String> arguments;
  private final List<String> output = new ArrayList<>();
  private final CompletableFuture<String> baseUrl = new CompletableFuture<>();
  private Process process;
  private int testStart;

  /**
   * A server started with {@code serve --port 0 --log} and these further options.
   *
   * @param options e.g. {@code "--models", "gpt-5.4-mini"}
   */
  StandaloneServer(String... options) {
    this(Map.of(), options);
  }

  /**
   * A server started with {@code serve --port 0 --log}, these further options and these
   * environment variables (a key the server requires goes there, never on its command line).
   *
   * @param environment variables added to the server process's environment
   * @param options e.g. {@code "--require-api-key-env", "NAME"}
   */
  StandaloneServer(Map<String, String> environment, String... options) {
    this.environment = Map.copyOf(environment);
    this.arguments = List.of(options);
  }

  /** The server's base URL, ending in {@code /v1}, as SDKs take it. */
  String baseUrl() {
    return baseUrl.getNow(null);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // a test server for short runs on busy machines: start fast, stay small
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-jar", jar().toString(), "serve", "--port", "0", "--log"));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    process = builder.start();
    Thread reader = new Thread(this::readOutput, "standalone-server-output");
    reader.setDaemon(true);
    reader.start();
    try {
      baseUrl.get(STARTUP_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException notStarted) {
      process.destroyForcibly();
      throw new AssertionError("The standalone server did not print its URL within "
          + STARTUP_SECONDS + " s (" + String.join(" ", command) + "); it printed:\n"
          + printed(0), notStarted);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    synchronized (output) {
      testStart = output.size();
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    System.err.println("Standalone server output during " + context.getDisplayName() + ":\n"
        + printed(testStart));
  }

  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private void readOutput() {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        synchronized (output) {
          output.add(line);
        }
        Matcher url = LISTENING.matcher(line);
        if (!baseUrl.isDone() && url.find()) {
          baseUrl.complete(url.group(1));
        }
      }
      baseUrl.completeExceptionally(new IllegalStateException(
          "the server's output ended without its URL (exit code " + process.waitFor() + ")"));
    } catch (IOException | InterruptedException stopped) {
      baseUrl.completeExceptionally(stopped);
    }
  }

  private String printed(int from) {
    synchronized (output) {
      return output.size() <= from ? "  (nothing)"
          : "  " + String.join("\n  ", output.subList(from, output.size()));
    }
  }

  private static Path jar() {
    String configured = System.getProperty(JAR_PROPERTY);
    if (configured == null) {
      throw new IllegalStateException("System property " + JAR_PROPERTY + " is not set: run"
          + " these tests through Maven, e.g. mvn -B verify -pl conformance -am");
    }
    Path jar = Path.of(configured).normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("The testkit's standalone jar is missing: " + jar
          + ". Package the testkit in the same build: mvn -B verify -pl conformance -am");
    }
    return jar;
  }
}
