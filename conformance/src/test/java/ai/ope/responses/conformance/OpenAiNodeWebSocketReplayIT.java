package ai.ope.responses.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A WebSocket cassette recorded by the testkit's recorder (our client's tool loop, through a
 * recording server) replayed by the standalone server in strict mode to openai-node's
 * {@code ResponsesWS}, unmodified: {@code ws-replay.mjs} sends the recorded client frames on one
 * socket, and each turn must bring the SDK what the recording holds, error event included.
 * Skipped, saying why, where Node.js or npm is not installed.
 */
class OpenAiNodeWebSocketReplayIT {

  /** The cassette folder, from the build: client-jersey's recorded tool loop. */
  private static final Path CASSETTE =
      Path.of(System.getProperty("conformance.websocket.cassette", "missing"));

  @RegisterExtension
  static final StandaloneServer SERVER = new StandaloneServer("--cassettes", CASSETTE.toString(),
      "--fallback", "STRICT");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void responsesWsReceivesWhatTheCassetteRecorded() throws Exception {
    NodeSdk node = NodeSdk.installed();
    List<Path> connections = connections();
    assertThat(connections).as("connections recorded in %s", CASSETTE).isNotEmpty();

    SoftAssertions softly = new SoftAssertions();
    for (Path transcript : connections) {
      replay(node, transcript, softly);
    }
    softly.assertAll();
  }

  /** One connection's client frames sent on one socket; each turn checked. */
  private static void replay(NodeSdk node, Path transcript, SoftAssertions softly)
      throws Exception {
    RecordedTurns recorded = RecordedTurns.read(transcript);
    CommandRun run = node.runScript("ws-replay", Duration.ofSeconds(60), SERVER.baseUrl(),
        transcript.toAbsolutePath().toString());

    assertThat(run.exitCode()).as("node ws-replay.mjs exit code for %s; it printed:\n%s%s",
        transcript, run.out(), run.err()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run.out().strip().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).as("one line per recorded turn of %s:\n%s", transcript, run.out())
        .hasSize(recorded.turns().size());
    for (int i = 0; i < lines.size(); i++) {
      RecordedTurns.Turn turn = recorded.turns().get(i);
      JsonNode line = lines.get(i);
      String which = transcript.getParent().getFileName() + " turn " + (i + 1);
      softly.assertThat(texts(line.path("types"))).as("%s: event types", which)
          .isEqualTo(turn.types());
      if (turn.last().path("type").asText().equals("error")) {
        softly.assertThat(line.path("error").path("class").asText()).as("%s: SDK error", which)
            .isEqualTo("WebSocketError");
        softly.assertThat(line.path("error").path("event")).as("%s: the error event", which)
            .isEqualTo(turn.last());
      } else {
        softly.assertThat(line.path("response")).as("%s: the final response", which)
            .isEqualTo(turn.last().path("response"));
      }
    }
  }

  /** The cassette's connection files, in replay order. */
  private static List<Path> connections() throws Exception {
    try (var folders = Files.list(CASSETTE)) {
      return folders.sorted().map(folder -> folder.resolve("websocket.txt"))
          .filter(Files::exists).toList();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }
}
