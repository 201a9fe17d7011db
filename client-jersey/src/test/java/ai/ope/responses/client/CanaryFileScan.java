package ai.ope.responses.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks for the canary key in every file created or changed since the run started under some
 * folders (the module's {@code target}, the temporary folder). Links are not followed; files
 * that cannot be read (another user's) are skipped, and so are files over a size cap, counted.
 */
final class CanaryFileScan {

  private static final long MAX_BYTES = 64L * 1024 * 1024;

  private final FileTime since;
  private final List<String> leaks = new ArrayList<>();
  private int scanned;
  private int skipped;

  CanaryFileScan(FileTime since) {
    this.since = since;
  }

  /** Scans a folder; a missing one is nothing to scan. */
  CanaryFileScan scan(Path root) {
    if (!Files.isDirectory(root)) {
      return this;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile()
              && attributes.lastModifiedTime().compareTo(since) >= 0) {
            check(file, attributes.size());
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      leaks.add("(could not scan " + root + ": " + e + ")");
    }
    return this;
  }

  List<String> leaks() {
    return List.copyOf(leaks);
  }

  /** A line for the run's output: how much was looked at. */
  String summary() {
    return scanned + " files written during the run scanned"
        + (skipped == 0 ? "" : ", " + skipped + " larger than " + MAX_BYTES / (1024 * 1024)
            + " MB skipped");
  }

  private void check(Path file, long size) {
    if (size > MAX_BYTES) {
      skipped++;
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      scanned++;
      // one char per byte: the ASCII canary is found wherever its bytes are
      if (new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
          .contains(SecretCanary.KEY)) {
        leaks.add("the file " + file);
      }
    } catch (IOException | SecurityException unreadable) {
      // another process's file, or gone already: not ours to check
    }
  }
}
