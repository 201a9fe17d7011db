package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.internal.cli.TestkitCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The lint of a recorded WebSocket connection: a clean recording passes, and each defect planted
 * in it is reported once, naming the file and the line a user opens it at.
 */
class SocketLintTest {

  /** Key-shaped and drawn per run: no key-like literal in the source. */
  private static final String PLANTED_KEY =
      "sk-test-" + UUID.randomUUID().toString().replace("-", "");
  private static final String FILE = "001-websocket/websocket.txt: ";

  private static final String WARM_UP = "{\"type\":\"response.create\",\"generate\":false,"
      + "\"model\":\"m\",\"input\":\"Weather in Paris?\"}";
  private static final String FIRST = "{\"type\":\"response.create\",\"model\":\"m\","
      + "\"previous_response_id\":\"resp_warm\",\"input\":\"Weather in Paris?\"}";
  private static final String ON_LANE = "{\"type\":\"response.create\",\"stream_id\":\"side\","
      + "\"model\":\"m\",\"input\":\"Summarize.\"}";
  private static final String SECOND = "{\"type\":\"response.create\",\"model\":\"m\","
      + "\"previous_response_id\":\"resp_0001\",\"input\":\"And tomorrow?\"}";
  private static final String RATE_LIMITED = "{\"type\":\"error\",\"status\":429,\"error\":{"
      + "\"type\":\"tokens\",\"code\":\"rate_limit_exceeded\",\"message\":\"Slow down.\","
      + "\"param\":null}}";

  /**
   * A warm-up, a turn with a lane's turn interleaved, a turn refused by an error event and sent
   * again, each line's number in the comment beside it.
   */
  private static final List<String> CLEAN = List.of(
      "# a connection recorded for the lint's tests",                        // 1
      "GET /v1/responses",                                                    // 2
      "> +0ms " + WARM_UP,                                                    // 3
      "< +2ms " + created("resp_warm", 0),                                    // 4
      "< +1ms " + completed("resp_warm", 1, ""),                              // 5
      "> +5ms " + FIRST,                                                      // 6
      "> +1ms " + ON_LANE,                                                    // 7
      "< +5ms " + created("resp_0001", 0),                                    // 8
      "< +1ms " + lane(created("resp_side", 0)),                              // 9
      "< +1ms " + event(1, "response.output_item.added",
          "\"output_index\":0,\"item\":" + message("in_progress", "")),        // 10
      "< +1ms " + event(2, "response.content_part.added",
          "\"item_id\":\"msg_0001\",\"output_index\":0,\"content_index\":0,\"part\":"
              + text("")),                                                    // 11
      "< +1ms " + event(3, "response.output_text.delta",
          "\"item_id\":\"msg_0001\",\"output_index\":0,\"content_index\":0,"
              + "\"delta\":\"Sunny\""),                                       // 12
      "< +1ms " + event(4, "response.output_item.done", "\"output_index\":0,"
          + "\"item\":" + message("completed", text("Sunny"))),                // 13
      "< +1ms " + lane(completed("resp_side", 1, "")),                        // 14
      "< +1ms " + completed("resp_0001", 5, "Sunny"),                         // 15
      "> +30ms " + SECOND,                                                    // 16
      "< +2ms " + RATE_LIMITED,                                               // 17
      "> +10ms " + SECOND,                                                    // 18
      "< +4ms " + created("resp_0002", 0),                                    // 19
      "< +1ms " + completed("resp_0002", 1, ""),                              // 20
      "close +20ms 1000 client");                                             // 21

  @TempDir
  Path dir;
  private Path cassette;
  private Path file;

  @BeforeEach
  void record() throws IOException {
    cassette = dir.resolve("cassette");
    file = Files.createDirectories(cassette.resolve("001-websocket"))
        .resolve(SocketTranscript.FILE);
    Files.writeString(file, String.join("\n", CLEAN) + "\n");
  }

  @Test
  void aCleanConnectionHasNoDefect() {
    assertThat(CassetteLint.check(cassette)).isEmpty();
    // and it is what replay reads: five events, the warm-up first
    assertThat(CassetteReader.readConnection(file.getParent())).extracting(SocketTurn::warmUp)
        .containsExactly(true, false, false, false, false);
  }

  @Test
  void theRecordedToolLoopCassetteIsClean() throws URISyntaxException {
    URL recorded = SocketLintTest.class.getResource("/cassettes/websocket-tool-loop");
    // recorded from the live API by the recorder's work on this issue, which lands separately
    Assumptions.assumeTrue(recorded != null, "no cassettes/websocket-tool-loop among the test"
        + " resources yet: nothing recorded to lint");

    assertThat(CassetteLint.check(Path.of(recorded.toURI()))).isEmpty();
  }

  @Test
  void aMalformedLineIsReportedAndTheConnectionSkipped() throws IOException {
    plant(12, "< 1ms {\"type\":\"response.output_text.delta\"}");

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "cannot be loaded,"
        + " connection skipped: line 12: expected \"> +Nms <frame>\", \"< +Nms <frame>\" or"
        + " \"close +Nms <code> client|server|dropped\"");
  }

  @Test
  void aConnectionOpenedOnAnotherPathIsReported() throws IOException {
    plant(2, "GET /v1/chat/completions");

    assertThat(CassetteLint.check(cassette)).containsExactly(
        FILE + "line 2: the connection is opened on /v1/chat/completions, not /v1/responses");
  }

  @Test
  void aClientFrameThatIsNotJsonIsReported() throws IOException {
    plant(16, "> +30ms response.create please");

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 16: the client frame"
        + " is not JSON: Unexpected char 114 at (line no=1, column no=1, offset=0)");
  }

  @Test
  void aClientFrameOfAnotherTypeIsReported() throws IOException {
    plant(16, "> +30ms " + SECOND.replace("response.create", "response.cancel"));

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 16: the client"
        + " frame's type is \"response.cancel\", not \"response.create\"");
  }

  @Test
  void aClientFrameThatSendsStreamIsReported() throws IOException {
    plant(16, "> +30ms " + SECOND.replace("{", "{\"stream\":true,"));

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 16: the client frame"
        + " sends \"stream\", which a WebSocket event must not send (every response is"
        + " streamed)");
  }

  @Test
  void aBadLaneIsReportedOnceNotAtEachAnswer() throws IOException {
    String recorded = Files.readString(file);
    Files.writeString(file, recorded.replace("\"stream_id\":\"side\"",
        "\"stream_id\":\"side lane!\""));

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 7: the client frame's"
        + " stream_id is not 1 to 256 characters of A-Z, a-z, 0-9, '_', '.' and '-'");
  }

  @Test
  void createFieldsThatAreNoRequestAreReported() throws IOException {
    plant(6, "> +5ms " + FIRST.replace("\"Weather in Paris?\"", "42"));

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 6: the client frame's"
        + " create fields are not a CreateResponseRequest: cannot read CreateResponseRequest:"
        + " expected string or array but found number at /input (near"
        + " \"…ponse_id\":\"resp_warm\",\"input\":42}\")");
  }

  @Test
  void backgroundAndAGenerateThatIsNoBooleanAreReported() throws IOException {
    plant(16, "> +30ms " + SECOND.replace("{", "{\"background\":true,\"generate\":\"no\","));

    assertThat(CassetteLint.check(cassette)).containsExactly(
        FILE + "line 16: the client frame asks for \"background\": true, which a WebSocket does"
            + " not support",
        FILE + "line 16: the client frame's generate is \"no\", not a boolean");
  }

  @Test
  void aTranscriptLinkedFromOutsideIsNotRead() throws IOException {
    Path outside = Files.writeString(dir.resolve("outside.txt"), String.join("\n", CLEAN));
    Files.delete(file);
    try {
      Files.createSymbolicLink(file, outside);
    } catch (UnsupportedOperationException | IOException noLinks) {
      Assumptions.abort("this file system cannot make a symbolic link: " + noLinks);
    }

    assertThat(CassetteLint.check(cassette)).singleElement().asString().startsWith(FILE
        + "cannot be loaded, connection skipped: leads outside its cassette folder");
  }

  @Test
  void aServerFrameWithoutTypeIsReported() throws IOException {
    plant(4, "< +2ms " + created("resp_warm", 0).replace("\"type\":\"response.created\",", ""));

    assertThat(CassetteLint.check(cassette)).containsExactly(
        FILE + "line 4: the server frame has no type (a string naming the event)");
  }

  @Test
  void anErrorFrameWithoutItsNestedMessageIsReported() throws IOException {
    plant(17, "< +2ms " + RATE_LIMITED.replace("\"message\":", "\"msg\":"));

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 17: the server's"
        + " error frame has no \"error\" object with a string message");
  }

  @Test
  void aServerFrameThatAnswersNoEventIsReported() throws IOException {
    plant(21, "< +1ms " + created("resp_0003", 0).replace("{", "{\"stream_id\":\"other\",")
        + "\nclose +20ms 1000 client");

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 21: the server frame"
        + " (response.created) answers no event: no response.create waits on lane \"other\"");
  }

  @Test
  void sequenceNumbersThatGoBackAreReportedAtTheirLine() throws IOException {
    plant(12, CLEAN.get(11).replace("\"sequence_number\":3", "\"sequence_number\":0"));

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 12"
        + " (response.output_text.delta): sequence_number 0 comes after 2");
  }

  @Test
  void eventsThatDoNotAddUpAreReportedAtTheTerminalEvent() throws IOException {
    plant(15, "< +1ms " + completed("resp_0001", 5, "Rainy"));

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 15: the events do not"
        + " add up to the output in response.completed: at /0/content/0/text that output has"
        + " \"Rainy\", the events give \"Sunny\"");
  }

  @Test
  void anUnansweredEventIsADefectUnlessTheConnectionWasDropped() throws IOException {
    plant(20, "# the answer's end never came");

    assertThat(CassetteLint.check(cassette)).containsExactly(FILE + "line 18: the"
        + " response.create is never answered: the connection ends before a terminal event"
        + " (error, response.completed, response.failed, response.incomplete), and its close"
        + " line does not say \"dropped\"");

    plant(21, "close +20ms 1006 dropped");

    assertThat(CassetteLint.check(cassette)).isEmpty();
  }

  @Test
  void anApiKeyInAFrameIsReportedWithoutShowingIt() throws IOException {
    plant(6, "> +5ms " + FIRST.replace("Weather in Paris?", "Use " + PLANTED_KEY));

    List<String> defects = CassetteLint.check(cassette);

    assertThat(defects).containsExactly(FILE + "line 6: an API key (sk-test…)");
    assertThat(String.join("\n", defects)).doesNotContain(PLANTED_KEY);
  }

  @Test
  void anyLineCutShortIsADefectNeverAnException() throws IOException {
    for (int number = 2; number <= CLEAN.size(); number++) {
      String line = CLEAN.get(number - 1);
      for (int cut : new int[] {1, line.length() / 3, line.length() / 2, line.length() - 1}) {
        plant(number, line.substring(0, cut));

        assertThat(CassetteLint.check(cassette)).as("line %d cut at %d", number, cut)
            .isNotEmpty();
      }
      plant(number, line);
    }
  }

  @Test
  void theCommandLintsACassetteHoldingAConnection() throws Exception {
    Path mixed = copy(weather(), dir.resolve("mixed"));
    copy(file.getParent(), mixed.resolve("003-websocket"));
    StringWriter clean = new StringWriter();
    int cleanStatus = new CommandLine(new TestkitCommand()).setOut(new PrintWriter(clean))
        .execute("lint", mixed.toString());
    Path broken = copy(mixed, dir.resolve("broken"));
    Path transcript = broken.resolve("003-websocket").resolve(SocketTranscript.FILE);
    Files.writeString(transcript, Files.readString(transcript)
        .replace("GET /v1/responses", "GET /v1/chat/completions"));
    StringWriter both = new StringWriter();
    int bothStatus = new CommandLine(new TestkitCommand()).setOut(new PrintWriter(both))
        .execute("lint", dir.toString());

    assertThat(cleanStatus).isZero();
    assertThat(clean.toString().strip()).isEqualTo("3 interactions, 0 defects");
    assertThat(bothStatus).isEqualTo(1);
    assertThat(both.toString().strip().lines()).containsExactly("broken/003-websocket/"
        + "websocket.txt: line 2: the connection is opened on /v1/chat/completions, not"
        + " /v1/responses", "7 interactions, 1 defects");
  }

  /** Replaces a line (numbered from 1) of the recording with the text. */
  private void plant(int number, String replacement) throws IOException {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    assertThat(lines.get(number - 1)).as("line %d", number).isNotEqualTo(replacement);
    lines.set(number - 1, replacement);
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  static String created(String id, int sequence) {
    return event(sequence, "response.created", "\"response\":" + response(id, "in_progress", ""));
  }

  static String completed(String id, int sequence, String text) {
    return event(sequence, "response.completed", "\"response\":" + response(id, "completed",
        text.isEmpty() ? "" : message("completed", text(text))));
  }

  private static String event(int sequence, String type, String members) {
    return "{\"type\":\"" + type + "\",\"sequence_number\":" + sequence + "," + members + "}";
  }

  private static String response(String id, String status, String output) {
    return "{\"id\":\"" + id + "\",\"object\":\"response\",\"created_at\":1700000000,"
        + "\"status\":\"" + status + "\",\"model\":\"m\",\"output\":[" + output + "]}";
  }

  private static String message(String status, String content) {
    return "{\"type\":\"message\",\"id\":\"msg_0001\",\"status\":\"" + status + "\","
        + "\"role\":\"assistant\",\"content\":[" + content + "]}";
  }

  private static String text(String text) {
    return "{\"type\":\"output_text\",\"text\":\"" + text + "\",\"annotations\":[]}";
  }

  private static Path weather() throws URISyntaxException {
    return Path.of(SocketLintTest.class.getResource("/cassettes/weather").toURI());
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Files.copy(source, to.resolve(from.relativize(source).toString()));
      }
    }
    return to;
  }

  private static String lane(String event) {
    return event.substring(0, event.length() - 1) + ",\"stream_id\":\"side\"}";
  }
}
