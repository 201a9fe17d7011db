package ai.ope.responses.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the fault matrix, in the order the faults were tried, rendered as the Markdown
 * table that {@code docs/reliability.md} quotes.
 */
final class FaultMatrix {

  private static final String HEADER = "| fault | create: outcome | create: requests "
      + "| stream: outcome | stream: requests | stream: partial kept |\n"
      + "|---|---|---|---|---|---|\n";
  private static final String NOT_APPLICABLE = "–";

  private final List<String> rows = new ArrayList<>();

  /**
   * Adds a fault's row; each cell is recorded before the test asserts on it, so that the table
   * shows a changed behaviour too.
   *
   * @param fault what the server did
   * @param create the create call's cell, or null where the fault has no create equivalent
   * @param createNote detail for the create outcome, or ""
   * @param stream the stream call's cell
   * @param streamNote detail for the stream outcome, or ""
   */
  synchronized void add(String fault, FaultCell create, String createNote, FaultCell stream,
      String streamNote) {
    rows.add("| " + fault
        + " | " + (create == null ? NOT_APPLICABLE : create.outcome(createNote))
        + " | " + (create == null ? NOT_APPLICABLE : Integer.toString(create.requests()))
        + " | " + stream.outcome(streamNote)
        + " | " + stream.requests()
        + " | " + stream.partial() + " |\n");
  }

  synchronized String markdown() {
    return HEADER + String.join("", rows);
  }

  /** Writes the table where the build keeps its reports. */
  void writeTo(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
