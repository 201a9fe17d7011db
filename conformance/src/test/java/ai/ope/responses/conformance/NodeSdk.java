package ai.ope.responses.conformance;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * openai-node (and {@code ws}, which its {@code ResponsesWS} needs) at the versions
 * {@code src/test/node/package.json} pins, installed once into {@code target/node} with npm (its
 * lock file, {@code npm ci}) and reused while every pinned version is there; beside them the
 * conformance scripts, so that their {@code import 'openai'} finds the package.
 */
final class NodeSdk {

  private static final Duration INSTALL_LIMIT = Duration.ofSeconds(90);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private final Path folder;

  private NodeSdk(Path folder) {
    this.folder = folder;
  }

  /**
   * The SDK ready to run; the calling test is skipped, saying why, when {@code node} or
   * {@code npm} is not installed or {@code -Dconformance.node.skip=true} asks so.
   */
  static NodeSdk installed() throws IOException, InterruptedException {
    assumeFalse(Boolean.getBoolean("conformance.node.skip"),
        "openai-node scenarios skipped: -Dconformance.node.skip=true");
    assumeTrue(runs("node"), "openai-node scenarios skipped: Node.js ('node') is not installed");
    assumeTrue(runs(npm()),
        "openai-node scenarios skipped: npm ('" + npm() + "') is not installed");
    Path sources = Path.of(property("conformance.node.sources"));
    Path folder = Files.createDirectories(Path.of(property("conformance.node.dir")));
    for (String file : List.of("package.json", "package-lock.json", "conformance.mjs",
        "ws-conformance.mjs", "ws-replay.mjs")) {
      Files.copy(sources.resolve(file), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    JsonNode pinned = JSON.readTree(folder.resolve("package.json").toFile()).path("dependencies");
    if (!installedAsPinned(folder, pinned)) {
      install(folder, pinned.toString());
    }
    return new NodeSdk(folder);
  }

  /** Whether every pinned package is in node_modules at its pinned version (a new pin too). */
  private static boolean installedAsPinned(Path folder, JsonNode pinned) throws IOException {
    for (Map.Entry<String, JsonNode> dependency : pinned.properties()) {
      Path installed = folder.resolve("node_modules").resolve(dependency.getKey())
          .resolve("package.json");
      if (!Files.exists(installed) || !dependency.getValue().asText()
          .equals(JSON.readTree(installed.toFile()).path("version").asText())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs the conformance script against a server.
   *
   * @param arguments the script's arguments (see {@code conformance.mjs})
   * @return how it ended; its standard output has one JSON line per scenario
   */
  CommandRun run(Duration limit, String... arguments) throws IOException, InterruptedException {
    return runScript("conformance", limit, arguments);
  }

  /**
   * Runs one of the scripts beside the SDK.
   *
   * @param script the script's name without {@code .mjs}, also the name of its output files
   * @param arguments the script's arguments
   * @return how it ended; its standard output has one JSON line per scenario
   */
  CommandRun runScript(String script, Duration limit, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script + ".mjs"));
    command.addAll(List.of(arguments));
    return CommandRun.of(folder, script, limit, command);
  }

  /** The folder the script runs in, for the files it reads. */
  Path folder() {
    return folder;
  }

  private static void install(Path folder, String pinned)
      throws IOException, InterruptedException {
    CommandRun npm = CommandRun.of(folder, "npm-ci", INSTALL_LIMIT, List.of(npm(), "ci",
        "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", "--prefix",
        folder.toString()));
    if (npm.exitCode() != 0) {
      throw new AssertionError("npm could not install " + pinned + " into " + folder
          + " (exit code " + npm.exitCode() + "; is the npm registry reachable? Skip these"
          + " scenarios with -Dconformance.node.skip=true):\n" + npm.out() + npm.err());
    }
  }

  private static boolean runs(String program) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true)
          .start();
      process.getInputStream().readAllBytes();
      return process.waitFor() == 0;
    } catch (IOException absent) {
      return false;
    }
  }

  private static String npm() {
    return WINDOWS ? "npm.cmd" : "npm";
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("System property " + name + " is not set: run these"
          + " tests through Maven, e.g. mvn -B verify -pl conformance -am");
    }
    return value;
  }
}
