package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.RecordingTest.body;
import static ai.ope.responses.testkit.RecordingTest.request;
import static ai.ope.responses.testkit.RecordingTest.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.stream.ResponseAccumulator;
import ai.ope.responses.api.stream.ServerSentEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each record mode replays and records, and the override that picks another. */
class RecordModesTest {

  private static final String HELLO = "{\"model\":\"m\",\"input\":\"Hello\"}";
  private static final String OTHER = "{\"model\":\"m\",\"input\":\"Something else\"}";

  @TempDir
  Path cassette;

  private final FakeResponsesServer upstream =
      FakeResponsesServer.builder().requireApiKey(RecordingTest.KEY).start();

  @AfterEach
  void stop() {
    upstream.close();
    System.clearProperty(RecordMode.PROPERTY);
  }

  @Test
  void onceRecordsAnAbsentCassetteThenOnlyReplaysIt() throws Exception {
    upstream.enqueue(Reply.text("Recorded once."));
    String live = call(RecordMode.ONCE, HELLO);

    String replayed = call(RecordMode.ONCE, HELLO);

    assertThat(live).contains("Recorded once.");
    assertThat(replayed).contains("Recorded once.").contains("\"id\":\"resp_rec0001\"");
    assertThat(upstream.requestCount()).isEqualTo(1);
    assertThat(interactions()).containsExactly("001-post-responses");
    assertThat(call(RecordMode.ONCE, OTHER)).startsWith("400").contains("Unmatched request");
  }

  @Test
  void newEpisodesReplaysWhatMatchesAndAppendsWhatDoesNot() throws Exception {
    upstream.enqueue(Reply.text("First episode."));
    upstream.enqueue(Reply.text("Second episode."));
    call(RecordMode.ONCE, HELLO);

    try (FakeResponsesServer server = server(RecordMode.NEW_EPISODES)) {
      assertThat(send(request(server, "/responses").POST(body(HELLO))))
          .contains("First episode.");
      assertThat(send(request(server, "/responses").POST(body(OTHER))))
          .contains("Second episode.");
    }

    assertThat(upstream.requestCount()).isEqualTo(2);
    assertThat(interactions()).containsExactly("001-post-responses", "002-post-responses");
  }

  @Test
  void allRecordsEverythingAgain() throws Exception {
    upstream.enqueue(Reply.text("Old answer."));
    upstream.enqueue(Reply.text("New answer."));
    call(RecordMode.ONCE, HELLO);

    assertThat(call(RecordMode.ALL, HELLO)).contains("New answer.");

    assertThat(interactions()).containsExactly("001-post-responses");
    // numbered afresh: recording a cassette again gives the same ids
    assertThat(RecordingTest.allFiles(cassette)).contains("New answer.")
        .doesNotContain("Old answer.").contains("resp_rec0001");
  }

  @Test
  void noneReplaysStrictlyAndNeverCallsTheUpstream() throws Exception {
    upstream.enqueue(Reply.text("Recorded."));
    call(RecordMode.ONCE, HELLO);

    try (FakeResponsesServer server = server(RecordMode.NONE)) {
      assertThat(server.isRecording()).isFalse();
      assertThat(send(request(server, "/responses").POST(body(HELLO)))).contains("Recorded.");
      assertThat(send(request(server, "/responses").POST(body(OTHER)))).startsWith("400");
    }
    assertThat(upstream.requestCount()).isEqualTo(1);
  }

  @Test
  void theSystemPropertyOverridesTheModeInCode() throws Exception {
    upstream.enqueue(Reply.text("Old answer."));
    upstream.enqueue(Reply.text("Re-recorded."));
    call(RecordMode.ONCE, HELLO);
    System.setProperty(RecordMode.PROPERTY, "all");

    assertThat(call(RecordMode.ONCE, HELLO)).contains("Re-recorded.");
    System.setProperty(RecordMode.PROPERTY, "sometimes");
    assertThatThrownBy(() -> Recording.to(cassette).effectiveMode())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("responses.testkit.record").hasMessageContaining("none, once, new");
  }

  @Test
  void parallelStreamsAreRecordedWholeEachInItsOwnInteraction() throws Exception {
    int streams = 8;
    for (int i = 0; i < streams; i++) {
      upstream.enqueue(Reply.text("Parallel answer number " + i + ".").withChunks(6));
    }
    ExecutorService callers = Executors.newFixedThreadPool(streams);
    try (FakeResponsesServer server = server(RecordMode.ONCE)) {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < streams; i++) {
        String json = "{\"model\":\"m\",\"input\":\"Question " + i + "\",\"stream\":true}";
        answers.add(callers.submit(() -> send(request(server, "/responses").POST(body(json)))));
      }
      for (Future<String> answer : answers) {
        assertThat(answer.get()).startsWith("200").contains("response.completed");
      }
      assertThat(server.recordingProblems()).isEmpty();
    } finally {
      callers.shutdownNow();
    }

    assertThat(interactions()).hasSize(streams);
    List<String> answers = new ArrayList<>();
    for (String interaction : interactions()) {
      String sse = Files.readString(cassette.resolve(interaction).resolve("response.sse"));
      ResponseAccumulator accumulator = new ResponseAccumulator();
      ServerSentEvent.parseAll(sse).forEach(event -> accumulator.accept(event.toEvent()));
      // whole: every event of one stream, in order, none of another's
      assertThat(accumulator.sequenceGaps()).as(interaction).isEmpty();
      assertThat(accumulator.finalResponse()).as(interaction).isPresent();
      assertThat(accumulator.textSoFar()).isEqualTo(accumulator.response().outputText());
      answers.add(accumulator.textSoFar());
    }
    assertThat(answers).doesNotHaveDuplicates()
        .allMatch(answer -> answer.matches("Parallel answer number \\d\\."));
  }

  private String call(RecordMode mode, String json) throws Exception {
    try (FakeResponsesServer server = server(mode)) {
      return send(request(server, "/responses").POST(body(json)));
    }
  }

  private FakeResponsesServer server(RecordMode mode) {
    return FakeResponsesServer.builder()
        .recording(Recording.to(cassette).upstream(upstream.baseUri()).mode(mode)).start();
  }

  private List<String> interactions() throws Exception {
    try (Stream<Path> children = Files.list(cassette)) {
      return children.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
