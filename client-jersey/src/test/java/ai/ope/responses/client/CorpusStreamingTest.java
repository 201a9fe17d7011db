package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ErrorEvent;
import ai.ope.responses.api.stream.ResponseFailedEvent;
import ai.ope.responses.api.stream.ResponseLifecycleEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import ai.ope.responses.testkit.Cassette;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Interaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every recorded stream of the shared corpus, replayed by the fake server and read by the client:
 * the events arrive as recorded, in number and type, and the stream ends as it did (its final
 * response, or the typed exception of its error).
 */
class CorpusStreamingTest {

  private static final Pattern RESPONSE_PATH = Pattern.compile("/v1/responses/([^/]+)");
  private static final Pattern STARTING_AFTER =
      Pattern.compile("(?:^|&)starting_after=(-?\\d+)(?:&|$)");

  private static Path corpus;
  private static FakeServerFixture fixture;

  @BeforeAll
  static void start() {
    corpus = Path.of(System.getProperty("responses.shared.dir", "../../shared"), "corpus");
    if (Files.isDirectory(corpus)) {
      fixture = new FakeServerFixture(FakeResponsesServer.builder()
          .cassette(Cassette.load(corpus)).replaySpeed(0).start(), builder -> { });
    }
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedStreamReadsThroughTheClientAsRecorded() {
    if (fixture == null) {
      return Stream.of(DynamicTest.dynamicTest("corpus absent", () -> Assumptions.abort(
          "skipped: " + corpus.toAbsolutePath().normalize() + " is absent (the shared corpus"
              + " lives beside the repository; the project's own stream tests still run)")));
    }
    List<Interaction> streams = Cassette.load(corpus).interactions().stream()
            .filter(interaction -> Files.exists(corpus.resolve(interaction.name())
                .resolve("response.sse")))
            .toList();
    assertThat(streams).hasSize(38);
    return streams.stream().map(interaction -> DynamicTest.dynamicTest(interaction.name(),
        () -> check(interaction)));
  }

  private static void check(Interaction interaction) throws IOException {
    List<ResponseStreamEvent> recorded = ServerSentEvent.parseAll(Files.readString(
        corpus.resolve(interaction.name()).resolve("response.sse"))).stream()
        .filter(frame -> !frame.isDone()).map(ServerSentEvent::toEvent).toList();
    // the first error or failure ends the stream with its exception
    int end = 0;
    while (end < recorded.size() - 1 && !(recorded.get(end) instanceof ErrorEvent)
        && !(recorded.get(end) instanceof ResponseFailedEvent)) {
      end++;
    }
    ResponseStreamEvent last = recorded.get(end);
    List<ResponseStreamEvent> delivered = new ArrayList<>();

    try (ResponseStream stream = open(interaction)) {
      if (last instanceof ErrorEvent error) {
        assertThatThrownBy(() -> stream.forEach(delivered::add))
            .isInstanceOfSatisfying(StreamErrorException.class,
                e -> assertThat(e.event()).isEqualTo(error));
      } else if (last instanceof ResponseFailedEvent failed) {
        assertThatThrownBy(() -> stream.forEach(delivered::add))
            .isInstanceOfSatisfying(ResponseFailedException.class,
                e -> assertThat(e.response()).isEqualTo(failed.response()));
      } else {
        stream.forEach(delivered::add);
        assertThat(stream.finalResponse())
            .isEqualTo(((ResponseLifecycleEvent) last).response());
        assertThat(stream.accumulator().sequenceGaps()).isEmpty();
      }
    }

    List<ResponseStreamEvent> expected = recorded.subList(0,
        last instanceof ErrorEvent || last instanceof ResponseFailedEvent ? end : end + 1);
    assertThat(delivered.stream().map(ResponseStreamEvent::type))
        .containsExactlyElementsOf(expected.stream().map(ResponseStreamEvent::type).toList());
    assertThat(delivered).isEqualTo(expected);
  }

  private static ResponseStream open(Interaction interaction) {
    if (interaction.method().equals("GET")) {
      Matcher id = RESPONSE_PATH.matcher(interaction.path());
      Matcher after = STARTING_AFTER.matcher(interaction.query());
      assertThat(id.matches() && after.find()).as(interaction.path()).isTrue();
      assertThat(interaction.query()).contains("stream=true");
      return fixture.client.resumeStream(id.group(1), Integer.parseInt(after.group(1)));
    }
    if (interaction.requestBody().isEmpty()) {
      // recorded without its request (response-only fixtures): any request gets its reply
      fixture.server.enqueue(interaction.reply());
      return fixture.client.stream(Frames.request("Replay " + interaction.name()));
    }
    return fixture.client.stream(ResponsesJson.fromJson(interaction.requestBody(),
        CreateResponseRequest.class));
  }
}
