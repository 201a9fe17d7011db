package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.internal.cli.TestkitCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The cassette lint: real recordings pass, and each kind of damage to a cassette is reported,
 * by the API and by the {@code lint} command.
 */
class CassetteLintTest {

  /** Key-shaped and drawn per run: no key-like literal in the source. */
  private static final String PLANTED_KEY =
      "sk-test-" + UUID.randomUUID().toString().replace("-", "");
  private static final String PLANTED_TOKEN = "Bearer " + "eyJhbGciOiJIUzI1NiJ9.e30.c2ln";
  /** Letters only after {@code sk-}: a run the key pattern matches, left alone in ciphertext. */
  private static final String CIPHERTEXT = "sk-" + "AbCdEfGhIjKlMnOpQrStUvWx";

  @Test
  void theWholeSharedCorpusIsClean() throws IOException {
    Path corpus = SharedFolder.require("corpus");
    try (Stream<Path> children = Files.list(corpus)) {
      assertThat(children.filter(Files::isDirectory).count()).isGreaterThanOrEqualTo(116);
    }

    assertThat(CassetteLint.check(corpus)).isEmpty();
  }

  @Test
  void theProjectsOwnCassetteIsClean() throws Exception {
    assertThat(CassetteLint.check(weather())).isEmpty();
  }

  @Test
  void eachDamageToACassetteIsReportedWithItsFolderAndFile(@TempDir Path dir) throws Exception {
    Path cassette = damagedCassette(dir);

    List<String> defects = CassetteLint.check(cassette);

    assertThat(defects).anySatisfy(defect -> assertThat(defect)
        .isEqualTo("bad-request-json/request.json: cannot be loaded, interaction skipped: "
            + "is not a JSON object"));
    assertThat(defects).anySatisfy(defect -> assertThat(defect)
        .startsWith("bad-request-shape/request.json: body is not a CreateResponseRequest: "));
    assertThat(defects).anySatisfy(defect -> assertThat(defect)
        .startsWith("bad-event/response.sse: event 2 (response.output_text.delta) is not an"
            + " event: "));
    assertThat(defects).contains(
        "backwards/response.sse: event 3 (response.completed): sequence_number 0 comes after 1");
    assertThat(defects).contains("lost-delta/response.sse: the events do not add up to the"
        + " output in response.completed: at /0/content/0/text that output has"
        + " \"Rain tomorrow.\", the events give \"Rain\"");
    assertThat(defects).contains(
        "secrets/response.json: line 12: an API key (sk-test…)",
        "secrets/request.json: line 7: a bearer token (Bearer eyJh…)");
    assertThat(defects).anySatisfy(defect -> assertThat(defect)
        .startsWith("no-request/request.json: cannot be loaded, interaction skipped: is missing"));
    assertThat(defects).hasSize(8);
    assertThat(String.join("\n", defects)).doesNotContain(PLANTED_KEY, "eyJhbGciOiJIUzI1NiJ9");
  }

  @Test
  void aKeyLikeRunInsideEncryptedContentIsNotASecret(@TempDir Path dir) throws Exception {
    Path cassette = copy(weather(), dir.resolve("weather"));
    replace(cassette.resolve("001-ask/response.json"), "\"output\": [", "\"output\": [\n"
        + "      {\"type\": \"reasoning\", \"id\": \"rs_1\", \"summary\": [],"
        + " \"encrypted_content\": \"" + CIPHERTEXT + "\"},");
    assertThat(Files.readString(cassette.resolve("001-ask/response.json"))).contains(CIPHERTEXT);

    assertThat(CassetteLint.check(cassette)).isEmpty();
  }

  @Test
  void theSharedCorpusLayoutIsCheckedToo(@TempDir Path dir) throws Exception {
    Path deleted = Files.createDirectories(dir.resolve("001_delete"));
    Files.writeString(deleted.resolve("meta.json"),
        "{\"method\": \"DELETE\", \"url_path\": \"/v1/responses/resp_1\"}");
    Files.writeString(deleted.resolve("status.txt"), "200\n");
    Files.writeString(deleted.resolve("response.json"),
        "{\"id\": \"resp_1\", \"object\": \"response.deleted\", \"deleted\": \"yes\"}");
    Path failed = Files.createDirectories(dir.resolve("002_error"));
    Files.writeString(failed.resolve("meta.json"),
        "{\"method\": \"POST\", \"url_path\": \"/v1/responses\"}");
    Files.writeString(failed.resolve("request.json"), "{\"model\": \"m\", \"input\": \"hi\"}");
    Files.writeString(failed.resolve("status.txt"), "400");
    Files.writeString(failed.resolve("response.json"), "{\"error\": \"no\"}");

    List<String> defects = CassetteLint.check(dir);

    assertThat(defects).hasSize(2);
    assertThat(defects.get(0))
        .startsWith("001_delete/response.json: body is not a DeletedResponse: ");
    assertThat(defects.get(1))
        .startsWith("002_error/response.json: body is not an ErrorResponse: ");
  }

  @Test
  void aPathThatIsNotAFolderIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> CassetteLint.check(dir.resolve("absent")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a cassette folder").hasMessageContaining("absent");
  }

  @Test
  void theCommandExitsWithZeroForACleanCassette() throws Exception {
    StringWriter out = new StringWriter();
    int status = new CommandLine(new TestkitCommand()).setOut(new PrintWriter(out))
        .execute("lint", weather().toString());

    assertThat(status).isZero();
    assertThat(out.toString().strip()).isEqualTo("2 interactions, 0 defects");
  }

  @Test
  void theCommandPrintsEachDefectAndExitsWithOne(@TempDir Path dir) throws Exception {
    Path cassette = damagedCassette(dir);
    StringWriter out = new StringWriter();
    int status = new CommandLine(new TestkitCommand()).setOut(new PrintWriter(out))
        .execute("lint", cassette.toString());

    assertThat(status).isEqualTo(1);
    List<String> lines = out.toString().strip().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1)).isEqualTo(CassetteLint.check(cassette));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("10 interactions, 8 defects");
  }

  @Test
  void theCommandLintsAFolderOfCassettesNamingEach(@TempDir Path dir) throws Exception {
    copy(weather(), dir.resolve("clean"));
    Path broken = copy(weather(), dir.resolve("broken"));
    replace(broken.resolve("002-stream/response.sse"), "\"sequence_number\":2",
        "\"sequence_number\":0");
    StringWriter out = new StringWriter();
    int status = new CommandLine(new TestkitCommand()).setOut(new PrintWriter(out))
        .execute("lint", dir.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.toString().strip().lines()).containsExactly(
        "broken/002-stream/response.sse: event 3 (response.completed): sequence_number 0 comes"
            + " after 1",
        "4 interactions, 1 defects");
  }

  @Test
  void aMissingFolderIsAUsageError(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new TestkitCommand()).setErr(new PrintWriter(err));

    assertThat(command.execute("lint", dir.resolve("absent").toString())).isEqualTo(2);
    assertThat(command.execute("lint")).isEqualTo(2);
    assertThat(err.toString()).contains("no such folder").contains("DIR");
  }

  /**
   * The project's cassette copied once per kind of damage, each copy damaged one way, plus an
   * intact stream whose output comes from its deltas alone.
   */
  private static Path damagedCassette(Path dir) throws IOException, URISyntaxException {
    Path cassette = Files.createDirectories(dir.resolve("damaged"));
    Path ask = weather().resolve("001-ask");
    Path stream = weather().resolve("002-stream");

    replace(copy(ask, cassette.resolve("bad-request-json")).resolve("request.json"),
        "\"body\": {", "\"body\": {{");
    replace(copy(ask, cassette.resolve("bad-request-shape")).resolve("request.json"),
        "\"input\": \"What is the weather in Paris?\"", "\"input\": 42");
    replace(copy(stream, cassette.resolve("bad-event")).resolve("response.sse"),
        "\"delta\":\"Rain\"}", "\"delta\":\"Rain\"");
    replace(copy(stream, cassette.resolve("backwards")).resolve("response.sse"),
        "\"sequence_number\":2", "\"sequence_number\":0");
    Path secrets = copy(ask, cassette.resolve("secrets"));
    replace(secrets.resolve("response.json"), "Sunny, 21 degrees.", "Use " + PLANTED_KEY);
    replace(secrets.resolve("request.json"), "\"volatile-1\"", "\"" + PLANTED_TOKEN + "\"");
    Files.createDirectories(cassette.resolve("no-request"));

    // No output_item.done: the text of the rebuilt message comes from the deltas alone.
    Path whole = copy(stream, cassette.resolve("whole-stream"));
    Files.writeString(whole.resolve("response.sse"), String.join("\n\n",
        event(0, "response.created", "\"response\":" + response("in_progress", "")),
        event(1, "response.output_item.added", "\"output_index\":0,\"item\":" + message("")),
        event(2, "response.content_part.added", "\"output_index\":0,\"content_index\":0,"
            + "\"part\":" + text("")),
        event(3, "response.output_text.delta", delta("Rain")),
        event(4, "response.output_text.delta", delta(" tomorrow.")),
        event(5, "response.completed", "\"response\":"
            + response("completed", message(text("Rain tomorrow."))))) + "\n\n");
    replace(copy(whole, cassette.resolve("lost-delta")).resolve("response.sse"),
        event(4, "response.output_text.delta", delta(" tomorrow.")) + "\n\n", "");
    copy(ask, cassette.resolve("intact-ask"));
    copy(stream, cassette.resolve("intact-stream"));
    return cassette;
  }

  private static String event(int number, String type, String members) {
    return "event: " + type + "\ndata: {\"type\":\"" + type + "\",\"sequence_number\":" + number
        + "," + members + "}";
  }

  private static String response(String status, String output) {
    return "{\"id\":\"resp_2\",\"object\":\"response\",\"status\":\"" + status
        + "\",\"output\":[" + output + "]}";
  }

  private static String message(String content) {
    return "{\"type\":\"message\",\"id\":\"msg_2\",\"role\":\"assistant\","
        + "\"status\":\"completed\",\"content\":[" + content + "]}";
  }

  private static String text(String text) {
    return "{\"type\":\"output_text\",\"text\":\"" + text + "\",\"annotations\":[]}";
  }

  private static String delta(String delta) {
    return "\"item_id\":\"msg_2\",\"output_index\":0,\"content_index\":0,\"delta\":\"" + delta
        + "\"";
  }

  private static Path weather() throws URISyntaxException {
    return Path.of(CassetteLintTest.class.getResource("/cassettes/weather").toURI());
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(file -> {
        try {
          Files.copy(file, to.resolve(from.relativize(file).toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return to;
  }

  /** Replaces text that must be there: a damage that did not happen would prove nothing. */
  private static void replace(Path file, String text, String replacement) throws IOException {
    String content = Files.readString(file);
    assertThat(content).as(file.toString()).contains(text);
    Files.writeString(file, content.replace(text, replacement));
  }
}
