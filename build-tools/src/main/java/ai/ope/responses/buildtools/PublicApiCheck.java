package ai.ope.responses.buildtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pinned public API of one module: its description ({@link PublicApi}) is written to
 * {@code target/api/ARTIFACT.api} and compared with the checked-in {@code api/ARTIFACT.api}; a
 * difference fails with the lines removed and added. With {@code -Dapi.update=true} the
 * checked-in file is rewritten instead, to be reviewed and committed with the change.
 *
 * <p>Run from a module's own tests, whose working directory is the module's folder.
 */
public final class PublicApiCheck {

  /** The system property that rewrites the checked-in file instead of comparing with it. */
  public static final String UPDATE_PROPERTY = "api.update";

  private PublicApiCheck() {}

  /**
   * Compares the module's compiled public API with its checked-in description.
   *
   * @param artifactId the module's artifact id, which names the {@code .api} file
   * @param loader a class loader that sees the module's classes (a test class's own loader)
   * @throws AssertionError when they differ (and {@code api.update} is not {@code true}), listing
   *     the differences and how to accept them
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static void verify(String artifactId, ClassLoader loader) {
    verify(artifactId, Path.of(""), loader, Boolean.getBoolean(UPDATE_PROPERTY));
  }

  static void verify(String artifactId, Path module, ClassLoader loader, boolean update) {
    String fileName = artifactId + ".api";
    List<String> actual = PublicApi.describe(module.resolve("target/classes"), loader);
    Path generated = module.resolve("target/api").resolve(fileName);
    Path pinned = module.resolve("api").resolve(fileName);
    write(generated, actual);
    if (update) {
      write(pinned, actual);
      return;
    }
    List<String> expected = Files.isRegularFile(pinned) ? read(pinned) : List.of();
    if (!expected.equals(actual)) {
      throw new AssertionError(message(artifactId, pinned, generated, expected, actual));
    }
  }

  private static String message(String artifactId, Path pinned, Path generated,
      List<String> expected, List<String> actual) {
    Set<String> removed = new LinkedHashSet<>(expected);
    actual.forEach(removed::remove);
    Set<String> added = new LinkedHashSet<>(actual);
    expected.forEach(added::remove);
    List<String> lines = new ArrayList<>();
    lines.add("The public API of " + artifactId + " differs from " + pinned
        + (Files.isRegularFile(pinned) ? "" : " (missing)") + ":");
    removed.forEach(line -> lines.add("- " + line));
    added.forEach(line -> lines.add("+ " + line));
    lines.add("This build's description is in " + generated + ". If the change is intended,"
        + " rewrite the pinned file by building with -Dapi.update=true (mvn -B verify -pl"
        + " <module> -am -Dapi.update=true), then review and commit it with the change (see"
        + " CONTRIBUTING, \"Public API\").");
    return String.join(System.lineSeparator(), lines);
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
