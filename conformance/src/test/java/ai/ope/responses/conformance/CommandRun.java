package ai.ope.responses.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command run to its end within a time limit, its output kept in files (no pipe to fill up and
 * block it): standard output and standard error apart, since a script's stdout is its result.
 *
 * @param exitCode the process's exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CommandRun(int exitCode, String out, String err) {

  /**
   * Runs the command in a folder and waits for it.
   *
   * @param folder the working folder, where the output files {@code NAME.out} and {@code NAME.err}
   *     are written
   * @param name the name of the output files
   * @param limit how long it may take; it is killed after that
   * @param command the program and its arguments
   * @return how it ended
   * @throws AssertionError when it took longer than the limit, saying what it printed
   */
  static CommandRun of(Path folder, String name, Duration limit, List<String> command)
      throws IOException, InterruptedException {
    Path out = folder.resolve(name + ".out");
    Path err = folder.resolve(name + ".err");
    Process process = new ProcessBuilder(command).directory(folder.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(String.join(" ", command) + " did not finish within "
          + limit.toSeconds() + " s and was stopped; it printed:\n" + read(out) + read(err));
    }
    return new CommandRun(process.exitValue(), read(out), read(err));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
