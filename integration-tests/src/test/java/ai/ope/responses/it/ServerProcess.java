package ai.ope.responses.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * An application server started as a process: its output captured to a log file, its whole
 * process tree destroyed on {@link #close()} (scripts such as Liberty's start a second JVM), and
 * a JVM shutdown hook as a backstop so no server outlives the test run, even a failed one.
 */
final class ServerProcess implements AutoCloseable {

  private static final int TAIL_LINES = 60;

  private final String name;
  private final Process process;
  private final Path log;
  private final Thread backstop;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.backstop = new Thread(this::destroyTree, "it-stop-" + name);
    Runtime.getRuntime().addShutdownHook(backstop);
  }

  /**
   * Starts the command in the directory, with these variables added to the environment; the
   * output (stdout and stderr together) goes to the log file.
   */
  static ServerProcess start(String name, List<String> command, Path directory,
      Map<String, String> environment, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new ServerProcess(name, builder.start(), log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  Path log() {
    return log;
  }

  /** The end of the server's log, to put in a failure message. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
      return "\n--- last " + last.size() + " lines of " + log + " (" + name
          + (process.isAlive() ? ", running" : ", exited " + process.exitValue()) + ") ---\n"
          + String.join("\n", last);
    } catch (IOException | UncheckedIOException e) {
      return "\n(the log " + log + " cannot be read: " + e.getMessage() + ")";
    }
  }

  /**
   * Waits until the log has the text at least {@code times} times (a server's "application
   * stopped" message, say); fails with the log's tail when the server exits or the time is up.
   */
  void awaitLog(String text, int times, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (occurrences(text) < times) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("Waited " + limit.toSeconds() + " s for \"" + text + "\" in the"
            + " log of " + name + tail());
      }
      Thread.sleep(200);
    }
  }

  /** How many times the log has the text so far. */
  int occurrences(String text) {
    try {
      String all = Files.readString(log, StandardCharsets.UTF_8);
      int count = 0;
      for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + text.length())) {
        count++;
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the log of " + name, e);
    }
  }

  /** Stops the server and every process it started; waits for them to go. */
  @Override
  public void close() {
    destroyTree();
    try {
      Runtime.getRuntime().removeShutdownHook(backstop);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: nothing left to remove
    }
  }

  private void destroyTree() {
    List<ProcessHandle> tree = process.descendants().toList();
    process.destroy();
    tree.forEach(ProcessHandle::destroy);
    if (!awaitExit(process.toHandle(), tree, Duration.ofSeconds(20))) {
      process.destroyForcibly();
      tree.forEach(ProcessHandle::destroyForcibly);
      awaitExit(process.toHandle(), tree, Duration.ofSeconds(10));
    }
  }

  private static boolean awaitExit(ProcessHandle root, List<ProcessHandle> tree, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    for (ProcessHandle handle : concat(root, tree)) {
      long left = deadline - System.nanoTime();
      try {
        handle.onExit().get(Math.max(0, left), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (ExecutionException | TimeoutException notYet) {
        return false;
      }
    }
    return true;
  }

  private static List<ProcessHandle> concat(ProcessHandle root, List<ProcessHandle> tree) {
    return Stream.concat(Stream.of(root), tree.stream()).toList();
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", log " + log + ")";
  }
}
