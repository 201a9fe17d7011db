package ai.ope.responses.testkit.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How {@code serve} and {@code lint} tell a cassette from a folder of cassettes: a cassette's
 * subfolders are its interactions, each holding the file that starts one.
 */
final class CassetteFolders {

  /** The files an interaction folder starts with: HTTP, the shared corpus, a WebSocket. */
  private static final List<String> FIRST_FILES =
      List.of("request.json", "meta.json", "websocket.txt");

  private CassetteFolders() {}

  /**
   * Whether these subfolders are a cassette's interactions rather than cassettes.
   *
   * @param subfolders a folder's subfolders
   * @return true when one of them is an interaction
   */
  static boolean areInteractions(List<Path> subfolders) {
    return subfolders.stream().anyMatch(child ->
        FIRST_FILES.stream().anyMatch(file -> Files.exists(child.resolve(file))));
  }
}
