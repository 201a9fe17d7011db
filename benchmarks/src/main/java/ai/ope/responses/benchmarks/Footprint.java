package ai.ope.responses.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The jars a class path holds and their total size.
 *
 * @param jars how many
 * @param bytes their total size
 */
record Footprint(int jars, long bytes) {

  /** Reads a class path (paths separated by the platform's separator) from a file. */
  static Footprint of(Path classPathFile) throws IOException {
    List<Path> jars = Arrays.stream(Files.readString(classPathFile, StandardCharsets.UTF_8)
            .trim().split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar")).map(Path::of).toList();
    long bytes = 0;
    for (Path jar : jars) {
      bytes += Files.size(jar);
    }
    return new Footprint(jars.size(), bytes);
  }

  double megabytes() {
    return bytes / 1e6;
  }
}
