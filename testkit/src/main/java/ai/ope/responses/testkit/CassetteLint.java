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
 * <p>For every recorded WebSocket connection (a folder holding {@code websocket.txt}):
 *
 * <ul>
 *   <li>the file reads, and the connection was opened on {@code /v1/responses};
 *   <li>each frame the client sent is a JSON object of type {@code response.create}, with a
 *       valid {@code stream_id} if any (1 to 256 characters of {@code [A-Za-z0-9_.-]}), a boolean
 *       {@code generate} if any, no {@code stream} and no {@code background: true}, and its
 *       create fields read as a {@code CreateResponseRequest};
 *   <li>each frame the server sent is a JSON object with a string {@code type} that answers an
 *       event waiting on its lane (lanes are first in, first out), an {@code error} event
 *       carrying an {@code error} object with a string {@code message};
 *   <li>each answer's events are checked as a stream is (above), and each event has an answer
 *       up to its terminal event unless the file's close line says the connection was
 *       {@code dropped};
 *   <li>no file holds a credential, as above.
 * </ul>
 *
 * <p>Such a defect names the file and the line: {@code 003-websocket/websocket.txt: line 7: …}.
 *
 * <p>A folder that cannot be loaded at all is one defect; the others are still checked.
 */
public final class CassetteLint {

  private CassetteLint() {}

  /**
   * Checks every interaction and recorded WebSocket connection of a cassette folder.
   *
   * @param folder the cassette's folder, one subfolder per interaction or connection
   * @return one line per defect, each starting with the interaction's (or connection's) folder
   *     and file, in folder order; empty when the cassette is clean
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
      List<String> found = Files.exists(interaction.resolve(SocketTranscript.FILE))
          ? checkConnection(interaction) : checkInteraction(interaction);
      found.forEach(defect -> defects.add(name + "/" + defect));
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
      defects.add(unloadable(folder, unloadable, "interaction"));
    }
    return withSecrets(folder, defects);
  }

  /** A recorded WebSocket connection: a folder holding {@value SocketTranscript#FILE}. */
  private static List<String> checkConnection(Path folder) {
    List<String> defects = new ArrayList<>();
    try {
      defects.addAll(SocketLint.check(folder));
    } catch (IllegalArgumentException | UncheckedIOException unloadable) {
      defects.add(unloadable(folder, unloadable, "connection"));
    }
    return withSecrets(folder, defects);
  }

  private static String unloadable(Path folder, RuntimeException unloadable, String what) {
    // the reader names the file by its full path: keep the part below the folder
    String why = String.valueOf(unloadable.getMessage())
        .replace(folder.toString() + folder.getFileSystem().getSeparator(), "");
    return why.replaceFirst("^(\\S+) ", "$1: cannot be loaded, " + what + " skipped: ");
  }

  /** The defects, then the secrets found in every file of the folder, whatever its format. */
  private static List<String> withSecrets(Path folder, List<String> defects) {
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
