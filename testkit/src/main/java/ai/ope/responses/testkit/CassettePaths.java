package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Keeps cassettes inside their folders: a cassette name may not climb out of the folder it is
 * named in, and a link inside a cassette may not lead out of it. Cassettes come from other
 * people's commits; replaying or linting one must not read {@code /etc/passwd} into a test.
 */
final class CassettePaths {

  private CassettePaths() {}

  /**
   * A cassette name as a relative path ({@code cassettes/weather}); one leading {@code /} is
   * dropped, as for class path resources.
   *
   * @throws IllegalArgumentException when the name is empty, absolute, or climbs with {@code ..}
   */
  static String relativeName(String name) {
    String relative = name.startsWith("/") ? name.substring(1) : name;
    if (relative.isBlank() || relative.startsWith("/") || relative.contains("\\")
        || relative.contains(":") || Arrays.asList(relative.split("/")).contains("..")) {
      throw new IllegalArgumentException("The cassette name \"" + name + "\" leads outside the"
          + " cassette folder: give a relative path below it, such as cassettes/weather");
    }
    return relative;
  }

  /**
   * The path, checked to lie inside the folder once links are resolved.
   *
   * @throws IllegalArgumentException when it leads outside, naming both
   * @throws UncheckedIOException when it cannot be resolved
   */
  static Path inside(Path folder, Path path) {
    try {
      Path real = path.toRealPath();
      if (!real.startsWith(folder.toRealPath())) {
        throw new IllegalArgumentException(path + " leads outside its cassette folder " + folder
            + " (to " + real + "): refused, nothing outside a cassette is read");
      }
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + path, e);
    }
  }
}
