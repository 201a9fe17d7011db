package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a cassette folder before it is committed: that its recordings are what the Responses
 * API exchanges, that its streams are whole, and that it holds no credential.
 *
 * <p>For every interaction folder, in either layout {@link Cassette#load} reads:
 *
 * <ul>
 *   <li>the request body reads as its endpoint's request ({@code POST /v1/responses} as a
 *       {@code CreateResponseRequest}, {@code /input_tokens} as an {@code InputTokensRequest},
 *       {@code /compact} as a {@code CompactRequest}; other bodies must be JSON);
 *   <li>the response body reads as an {@code ErrorResponse} for a status of 400 or more, and as
 *       its endpoint's answer for a 2xx ({@code Response}, {@code InputItemList},
 *       {@code DeletedResponse}, {@code InputTokenCount}, {@code CompactedResponse}; JSON
 *       otherwise); an empty body is fine;
 *   <li>every event of a stream parses, its sequence numbers increase, and the events add up to
 *       the output of its terminal response (reasoning ciphertext aside, which the server
 *       re-encrypts each time it sends an item);
 *   <li>no file holds an API key ({@code sk-…}) or a bearer token, except by chance inside an
 *       {@code encrypted_content} value.
 * </ul>
 *
 * <p>A folder that cannot be loaded at all is one defect; the others are still checked.
 */
public final class CassetteLint {

  private CassetteLint() {}

  /**
   * Checks every interaction of a cassette folder.
   *
   * @param folder the cassette's folder, one subfolder per interaction
   * @return one line per defect, each starting with the interaction's folder and file, in folder
   *     order; empty when the cassette is clean
   * @throws IllegalArgumentException when the folder is not a directory
   * @throws UncheckedIOException when the folder cannot be listed
   */
  public static List<String> check(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("not a cassette folder (no such directory): " + folder);
    }
    List<String> defects = new ArrayList<>();
    for (Path interaction : interactions(folder)) {
      String name = interaction.getFileName().toString();
      try {
        CassettePaths.inside(folder, interaction);
      } catch (IllegalArgumentException linkedOut) {
        defects.add(name + ": a link out of the cassette, not read");
        continue;
      }
      checkInteraction(interaction).forEach(defect -> defects.add(name + "/" + defect));
    }
    return defects;
  }

  private static List<String> checkInteraction(Path folder) {
    List<String> defects = new ArrayList<>();
    try {
      InteractionFiles files = InteractionFiles.read(folder);
      Route route = Route.of(files.method(), files.path());
      BodyLint.request(route, files.requestBody())
          .ifPresent(defect -> defects.add(InteractionFiles.REQUEST + ": " + defect));
      BodyLint.response(route, files.status(), files.responseBody())
          .ifPresent(defect -> defects.add(InteractionFiles.RESPONSE + ": " + defect));
      if (files.stream() != null) {
        StreamLint.check(files.stream())
            .forEach(defect -> defects.add(InteractionFiles.STREAM + ": " + defect));
      }
    } catch (IllegalArgumentException | UncheckedIOException unloadable) {
      // the reader names the file by its full path: keep the part below the interaction
      String why = String.valueOf(unloadable.getMessage())
          .replace(folder.toString() + folder.getFileSystem().getSeparator(), "");
      defects.add(why.replaceFirst("^(\\S+) ", "$1: cannot be loaded, interaction skipped: "));
    }
    try {
      defects.addAll(SecretScan.scan(folder));
    } catch (UncheckedIOException e) {
      defects.add("cannot be scanned for secrets: " + e.getMessage());
    }
    return defects;
  }

  /** The interaction folders, in replay order: as {@link CassetteReader} finds them. */
  private static List<Path> interactions(Path folder) {
    try (Stream<Path> children = Files.list(folder)) {
      return children.filter(Files::isDirectory)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list cassette " + folder, e);
    }
  }
}
