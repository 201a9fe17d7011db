package ai.ope.responses.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The turns of a recorded WebSocket connection ({@code websocket.txt}) whose turns ran one after
 * another: each client frame and the server frames up to the one that ended its answer. What a
 * client replaying the cassette must receive, read independently of the testkit's own reader.
 */
record RecordedTurns(List<Turn> turns) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ENDS =
      Set.of("response.completed", "response.incomplete", "response.failed", "error");

  /**
   * One turn.
   *
   * @param sent the client's frame
   * @param received the server's frames, the last one ending the answer
   */
  record Turn(JsonNode sent, List<JsonNode> received) {

    /** The frame that ended the answer. */
    JsonNode last() {
      return received.get(received.size() - 1);
    }

    /** The types of the frames received, in order. */
    List<String> types() {
      return received.stream().map(frame -> frame.path("type").asText()).toList();
    }
  }

  /** Reads a connection file; fails when a frame is not JSON or an answer never ended. */
  static RecordedTurns read(Path transcript) throws IOException {
    List<Turn> turns = new ArrayList<>();
    for (String line : Files.readAllLines(transcript)) {
      if (line.startsWith("> +")) {
        turns.add(new Turn(JSON.readTree(frameOf(line)), new ArrayList<>()));
      } else if (line.startsWith("< +")) {
        turns.get(turns.size() - 1).received().add(JSON.readTree(frameOf(line)));
      }
    }
    for (Turn turn : turns) {
      if (turn.received().isEmpty() || !ENDS.contains(turn.last().path("type").asText())) {
        throw new IllegalStateException(transcript + ": the answer to " + turn.sent()
            + " never ended; these turns must each end before the next");
      }
    }
    return new RecordedTurns(List.copyOf(turns));
  }

  private static String frameOf(String line) {
    return line.substring(line.indexOf("ms ") + 3);
  }
}
