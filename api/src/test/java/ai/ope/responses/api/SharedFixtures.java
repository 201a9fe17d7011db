package ai.ope.responses.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Locates {@code ../shared} (the recorded corpus and the spec examples) beside the repository. A
 * clone without it skips the tests that need it, saying why.
 */
// public for the tests of the api's other packages; the JUnit types it names are test-only
@SuppressWarnings("exports")
public final class SharedFixtures {

  private SharedFixtures() {}

  /** The shared folder's subfolder, or aborts the calling test with the reason. */
  public static Path require(String subfolder) {
    Path dir = locate(subfolder);
    Assumptions.assumeTrue(Files.isDirectory(dir), () -> reason(dir));
    return dir;
  }

  /**
   * The tests of a factory over a shared subfolder, or one skipped test saying why: a factory
   * that aborts itself is not reported as skipped.
   */
  public static Stream<DynamicTest> each(
      String subfolder, Function<Path, Stream<DynamicTest>> tests) {
    Path dir = locate(subfolder);
    if (!Files.isDirectory(dir)) {
      return Stream.of(DynamicTest.dynamicTest(subfolder + " absent",
          () -> Assumptions.abort(reason(dir))));
    }
    return tests.apply(dir);
  }

  /**
   * Every recorded event stream of the corpus ({@code response.sse} files), in folder order, or
   * aborts the calling test with the reason.
   */
  public static List<Path> corpusStreams() {
    try (Stream<Path> files = Files.walk(require("corpus"))) {
      return files.filter(file -> file.getFileName().toString().endsWith(".sse")).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path locate(String subfolder) {
    String configured = System.getProperty("responses.shared.dir");
    Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    return shared.resolve(subfolder).normalize().toAbsolutePath();
  }

  private static String reason(Path dir) {
    return "skipped: " + dir + " is absent (the shared fixtures live beside the repository,"
        + " not in it; this project's own fixtures still cover the behaviour)";
  }
}
