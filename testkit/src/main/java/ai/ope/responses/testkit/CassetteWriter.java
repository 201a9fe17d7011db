package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes recorded interactions into a cassette folder, each into its own numbered subfolder,
 * whole or not at all: the files go into a temporary folder that is renamed into place, so a
 * reader (or a crash) never sees half an interaction.
 */
final class CassetteWriter {

  private static final Pattern NUMBERED = Pattern.compile("(\\d+)-.*");

  private final Path folder;
  private int next;

  CassetteWriter(Path folder) {
    this.folder = folder;
    this.next = highestNumber(folder) + 1;
  }

  /** The texts of the files already in the cassette, for the normaliser to continue after. */
  static List<String> existingTexts(Path folder) {
    List<String> texts = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return texts;
    }
    try (Stream<Path> files = Files.walk(folder, 2)) {
      // links are not followed: a link in a cassette must not make the recorder read outside it
      for (Path file : files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
          .toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cassette " + folder, e);
    }
    return texts;
  }

  /** Whether the cassette already holds interactions. */
  static boolean hasInteractions(Path folder) {
    return !listInteractions(folder).isEmpty();
  }

  /** Removes the cassette's interactions (mode ALL records them again). */
  synchronized void clear() {
    for (Path interaction : listInteractions(folder)) {
      try (Stream<Path> files = Files.walk(interaction)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + interaction, e);
      }
    }
    next = 1;
  }

  /**
   * Writes one interaction.
   *
   * @param slug what the folder is named after, e.g. {@code post-responses}
   * @param files file name to content, e.g. {@code request.json}
   * @return the interaction's folder
   */
  synchronized Path write(String slug, Map<String, byte[]> files) {
    String name = String.format(Locale.ROOT, "%03d-%s", next, slug);
    Path target = folder.resolve(name);
    try {
      Files.createDirectories(folder);
      Path staging = Files.createTempDirectory(folder, ".recording-");
      for (var file : files.entrySet()) {
        Files.write(staging.resolve(file.getKey()), file.getValue());
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    next++;
    return target;
  }

  private static int highestNumber(Path folder) {
    int highest = 0;
    for (Path interaction : listInteractions(folder)) {
      Matcher numbered = NUMBERED.matcher(interaction.getFileName().toString());
      if (numbered.matches()) {
        highest = Math.max(highest, Integer.parseInt(numbered.group(1)));
      }
    }
    return highest;
  }

  private static List<Path> listInteractions(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children.filter(Files::isDirectory)
          .filter(child -> !child.getFileName().toString().startsWith(".")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list cassette " + folder, e);
    }
  }
}
