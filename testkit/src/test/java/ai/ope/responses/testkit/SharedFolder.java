package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * The {@code shared} folder beside the repository (the recorded corpus, the official spec), read
 * where it lies and never copied into the project. A user's clone has no such folder: the tests
 * that need it are then skipped, saying why.
 */
final class SharedFolder {

  private SharedFolder() {}

  /** A path inside the shared folder ({@code -Dresponses.shared.dir} moves it). */
  static Path path(String first, String... more) {
    return Path.of(System.getProperty("responses.shared.dir", "../../shared"))
        .resolve(Path.of(first, more)).toAbsolutePath().normalize();
  }

  /** A path inside the shared folder; the calling test is skipped when it is absent. */
  static Path require(String first, String... more) {
    Path path = path(first, more);
    Assumptions.assumeTrue(Files.exists(path), () -> skipped(path));
    return path;
  }

  /**
   * One dynamic test per interaction folder of the recorded corpus that the filter keeps, in
   * name order; a single skipped test when the corpus is absent.
   */
  static Stream<DynamicTest> eachCorpusFolder(Predicate<Path> keep, ThrowingConsumer<Path> test) {
    Path corpus = path("corpus");
    if (!Files.isDirectory(corpus)) {
      return Stream.of(DynamicTest.dynamicTest("corpus absent",
          () -> Assumptions.abort(skipped(corpus))));
    }
    try (Stream<Path> folders = Files.list(corpus)) {
      return folders.filter(Files::isDirectory).filter(keep).sorted().toList().stream()
          .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
              () -> test.accept(folder)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String skipped(Path path) {
    return "skipped: " + path + " is absent (the shared corpus and spec live beside the"
        + " repository, in ../shared)";
  }
}
