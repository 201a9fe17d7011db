package ai.ope.responses.api;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared} (the recorded corpus and the spec examples) beside the repository. A
 * clone without it skips the tests that need it, saying why.
 */
final class SharedFixtures {

  private SharedFixtures() {}

  /** The shared folder's subfolder, or aborts the calling test with the reason. */
  static Path require(String subfolder) {
    String configured = System.getProperty("responses.shared.dir");
    Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    Path dir = shared.resolve(subfolder).normalize().toAbsolutePath();
    Assumptions.assumeTrue(Files.isDirectory(dir),
        () -> "skipped: " + dir + " is absent (the shared fixtures live beside the repository,"
            + " not in it; this project's own fixtures still cover the behaviour)");
    return dir;
  }
}
