package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The round-trip law over the official spec's examples in {@code ../shared/spec/examples}: every
 * JSON file parses as its model type, knows every type it contains, and writes back equal.
 */
class SpecExamplesRoundTripTest {

  /**
   * Members of the examples that the schema does not declare, which the model leaves in
   * {@code extra()}: the WebSocket-only members of an error and of a {@code response.create}
   * client event, and legacy keys of hand-maintained examples.
   */
  private static final Set<String> EXPECTED_EXTRA = Set.of(
      "ErrorEvent.status", "ErrorEvent.stream_id",
      "CreateResponseRequest.type", "CreateResponseRequest.stream_id",
      "Response.reasoning_effort", "Response.input", "WebSearchPreviewTool.domains",
      "AudioDeltaEvent.response_id", "AudioDoneEvent.response_id",
      "AudioTranscriptDeltaEvent.response_id", "AudioTranscriptDoneEvent.response_id");

  /**
   * The one example that contradicts the schema in a way the model reports: its response has
   * {@code created_at} as a date string where the schema (and every server) sends Unix seconds.
   */
  private static final String INVALID_EXAMPLE = "response.queued.json";

  @TestFactory
  Stream<DynamicTest> everyJsonExampleRoundTrips() {
    return SharedFixtures.each("spec/examples", examples -> {
      List<Path> files = jsonFiles(examples);
      assertThat(files).hasSizeGreaterThan(60);
      return files.stream()
          .filter(file -> !file.getFileName().toString().equals(INVALID_EXAMPLE))
          .map(file -> DynamicTest.dynamicTest(
              examples.relativize(file).toString(), () -> check(file)));
    });
  }

  private static List<Path> jsonFiles(Path examples) {
    try (Stream<Path> all = Files.walk(examples)) {
      return all.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theExampleThatContradictsTheSchemaIsReportedWithItsLocation() throws IOException {
    Path example =
        SharedFixtures.require("spec/examples").resolve("events").resolve(INVALID_EXAMPLE);
    String json = CorpusRoundTripTest.read(example);
    assertThatThrownBy(() -> ResponsesJson.parseEvent(null, json))
        .isInstanceOfSatisfying(ResponsesJsonException.class, e -> {
          assertThat(e.pointer()).contains("/response/created_at");
          assertThat(e.getMessage()).contains("expected number but found string");
        });
  }

  @Test
  void theStreamingTranscriptParsesEventByEvent() throws IOException {
    Path transcript =
        SharedFixtures.require("spec/examples").resolve("create-streaming.response.txt");
    List<ServerSentEvent> frames = ServerSentEvent.parseAll(CorpusRoundTripTest.read(transcript));
    assertThat(frames).hasSizeGreaterThan(5);
    for (ServerSentEvent frame : frames) {
      ResponseStreamEvent event = ResponsesJson.parseEvent(frame.event(), frame.data());
      assertThat(event.type()).isEqualTo(frame.event());
      assertThat(UnknownMembers.in(event)).isEmpty();
      assertThat(JsonEquality.difference(CorpusRoundTripTest.parse(frame.data()),
          CorpusRoundTripTest.parse(ResponsesJson.toJson(event)))).isNull();
    }
  }

  private static void check(Path file) throws IOException {
    String json = CorpusRoundTripTest.read(file);
    String name = file.getFileName().toString();
    Object value = file.getParent().getFileName().toString().equals("events")
        ? ResponsesJson.parseEvent(null, json)
        : ResponsesJson.fromJson(json, typeOf(name));
    assertThat(UnknownMembers.in(value)).as("types the model does not know").isEmpty();
    Set<String> extra = new TreeSet<>(UnknownMembers.extraMembers(value));
    assertThat(extra).as("members the model does not bind").isSubsetOf(EXPECTED_EXTRA);
    assertThat(JsonEquality.difference(
        CorpusRoundTripTest.parse(json), CorpusRoundTripTest.parse(ResponsesJson.toJson(value))))
        .isNull();
  }

  private static Class<?> typeOf(String name) {
    if (name.startsWith("compact.request")) {
      return CompactRequest.class;
    }
    if (name.startsWith("compact.response")) {
      return CompactedResponse.class;
    }
    if (name.startsWith("delete.response")) {
      return DeletedResponse.class;
    }
    if (name.startsWith("input-items-list") || name.equals("schema-ResponseItemList.json")) {
      return InputItemList.class;
    }
    if (name.startsWith("input-tokens-count.request")) {
      return InputTokensRequest.class;
    }
    if (name.startsWith("input-tokens-count.response")) {
      return InputTokenCount.class;
    }
    if (name.endsWith(".request.json") || name.startsWith("schema-ResponsesClientEvent")) {
      return CreateResponseRequest.class;
    }
    return Response.class;
  }
}
