package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording server passes WebSocket connections through to a scripted upstream (a second fake
 * server) and writes each as a {@code websocket.txt}, made safe; a fresh server replays it.
 */
class WebSocketRecordingTest {

  private static final String KEY = RecordingTest.KEY;
  private static final String FIRST = "{\"type\":\"response.create\",\"model\":\"m\","
      + "\"input\":\"Weather in Paris?\"}";

  @TempDir
  Path cassette;

  private final FakeResponsesServer upstream =
      FakeResponsesServer.builder().requireApiKey(KEY).start();
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  @AfterEach
  void stop() {
    upstream.close();
  }

  @Test
  void twoChainedTurnsAreRecordedWithNormalisedIdsAndReplayTheSameEvents() throws Exception {
    upstream.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"));
    upstream.enqueue(Reply.text("It is sunny."));
    List<JsonObject> first;
    List<JsonObject> second;
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()))) {
      try (SocketClient client = SocketClient.connect(recorder, KEY)) {
        client.send(FIRST);
        first = client.nextResponse();
        client.send(second(completed(first).getString("id"), callId(first)));
        second = client.nextResponse();
      }
      assertThat(awaitLine()).startsWith("recorded WebSocket /v1/responses -> 2 events sent, "
          + (first.size() + second.size()) + " frames received, ")
          .endsWith(" as 001-websocket-responses");
      assertThat(recorder.recordingProblems()).isEmpty();
      assertThat(recorder.requests()).extracting(RecordedRequest::answeredBy)
          .containsOnly("recorder: forwarded to the upstream");
      // the journal shows each forwarded event's answer, as the upstream sent it
      RecordedResponse answer = recorder.requests().get(1).response().orElseThrow();
      assertThat(answer.isEventStream()).isTrue();
      assertThat(answer.events()).extracting(event -> event.type().orElseThrow())
          .containsExactlyElementsOf(second.stream().map(e -> e.getString("type")).toList());
    }

    List<String> file = transcriptLines("001-websocket-responses");
    assertThat(file.get(1)).isEqualTo("GET /v1/responses");
    assertThat(file.get(2)).isEqualTo("> +0ms " + FIRST);
    assertThat(file.subList(3, 3 + first.size())).allMatch(line -> line.matches("< \\+\\d+ms .*"));
    String turn2 = file.get(3 + first.size());
    assertThat(turn2).startsWith("> +").contains("\"previous_response_id\":\"resp_rec0001\"");
    assertThat(file.get(3)).contains("\"id\":\"resp_rec0001\"");
    assertThat(file.get(file.size() - 1)).matches("close \\+\\d+ms 1000 client");
    assertThat(String.join("\n", file)).doesNotContainPattern("resp_[0-9a-f]{20,}");

    SocketTranscript recorded = SocketTranscript.parse(String.join("\n", file));
    try (FakeResponsesServer replay = FakeResponsesServer.builder()
        .recording(Recording.to(cassette).mode(RecordMode.NONE)).start();
        SocketClient client = SocketClient.connect(replay, null)) {
      client.send(clientFrame(recorded, 0));
      List<JsonObject> again = client.nextResponse();
      client.send(clientFrame(recorded, 1));
      again.addAll(client.nextResponse());

      assertThat(again).containsExactlyElementsOf(serverFrames(recorded));
      assertThat(replay.unmatchedRequests()).isEmpty();
    }
  }

  @Test
  void aLaneIsRecordedOnEveryFrameAndReplaysOnTheLaneTheClientNames() throws Exception {
    upstream.enqueue(Reply.text("On the lane."));
    String onLane = FIRST.replace("{", "{\"stream_id\":\"lane-1\",");
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()))) {
      try (SocketClient client = SocketClient.connect(recorder, KEY)) {
        client.send(onLane);
        assertThat(client.nextResponse()).allMatch(event -> "lane-1".equals(
            event.getString("stream_id")));
      }
      awaitLine();
    }
    List<String> file = transcriptLines("001-websocket-responses");
    assertThat(file.get(2)).isEqualTo("> +0ms " + onLane);
    assertThat(file).filteredOn(line -> line.startsWith("< "))
        .allMatch(line -> line.contains("\"stream_id\":\"lane-1\""));

    try (FakeResponsesServer replay = replaying();
        SocketClient client = SocketClient.connect(replay, null)) {
      client.send(FIRST.replace("{", "{\"stream_id\":\"other\","));
      List<JsonObject> events = client.nextResponse();

      assertThat(events).allMatch(event -> "other".equals(event.getString("stream_id")));
      assertThat(events.get(events.size() - 1).toString()).contains("On the lane.");
    }
  }

  @Test
  void anErrorEventIsRecordedAndTheConnectionGoesOn() throws Exception {
    upstream.enqueue(Reply.rateLimited(Duration.ofSeconds(2)));
    upstream.enqueue(Reply.text("After the limit."));
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()))) {
      try (SocketClient client = SocketClient.connect(recorder, KEY)) {
        client.send(FIRST);
        assertThat(client.nextEvent().getInt("status")).isEqualTo(429);
        client.send(FIRST);
        assertThat(completed(client.nextResponse()).toString()).contains("After the limit.");
      }
      awaitLine();
      assertThat(recorder.requests().get(0).response().orElseThrow().status()).isEqualTo(429);
    }
    assertThat(transcriptLines("001-websocket-responses").get(3))
        .contains("\"type\":\"error\"", "\"status\":429", "rate_limit_exceeded");

    try (FakeResponsesServer replay = replaying();
        SocketClient client = SocketClient.connect(replay, null)) {
      client.send(FIRST);
      JsonObject error = client.nextEvent();
      client.send(FIRST);

      assertThat(error.getInt("status")).isEqualTo(429);
      assertThat(completed(client.nextResponse()).toString()).contains("After the limit.");
    }
  }

  @Test
  void anUpstreamThatDropsMidAnswerDropsTheClientAndIsRecordedAsDropped() throws Exception {
    upstream.enqueue(Reply.text("Cut short.").withCutAfterEvents(2));
    List<JsonObject> live = new java.util.ArrayList<>();
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()))) {
      SocketClient client = SocketClient.connect(recorder, KEY);
      client.send(FIRST);
      live.add(client.nextEvent());
      live.add(client.nextEvent());
      assertThat(client.next()).isIn("error", "close 1006");
      assertThat(awaitLine()).contains("1 event sent, 2 frames received");
    }
    List<String> file = transcriptLines("001-websocket-responses");
    assertThat(file.get(file.size() - 1)).matches("close \\+\\d+ms 1006 dropped");

    try (FakeResponsesServer replay = replaying()) {
      SocketClient client = SocketClient.connect(replay, null);
      client.send(FIRST);

      // the same events, with the ids and times normalised
      assertThat(List.of(client.nextEvent(), client.nextEvent()))
          .extracting(event -> event.getString("type"))
          .isEqualTo(live.stream().map(event -> event.getString("type")).toList());
      assertThat(client.next()).isIn("error", "close 1006");
    }
  }

  @Test
  void theKeyAndTheRedactedSecretsNeverReachTheFile() throws Exception {
    upstream.enqueue(Reply.text("The tool token is tool-secret-42."));
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()).redact("tool-secret-42"))) {
      try (SocketClient client = SocketClient.connect(recorder, KEY)) {
        client.send(FIRST.replace("Paris?", "Paris? My key is " + KEY));
        assertThat(completed(client.nextResponse()).toString()).contains("tool-secret-42");
      }
      assertThat(awaitLine()).startsWith("recorded ").doesNotContain(KEY);
    }
    String file = RecordingTest.allFiles(cassette);
    assertThat(file).doesNotContain(KEY).doesNotContain("tool-secret-42")
        .contains("<redacted>").doesNotContainIgnoringCase("authorization");
  }

  @Test
  void theRecordingsApiKeyGoesUpstreamInsteadOfTheClientsTokenAndNeitherIsWritten()
      throws Exception {
    String clientToken = "client-token-0123456789";
    upstream.enqueue(Reply.text("Answered with the recording's key."));
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()).apiKey(KEY))) {
      try (SocketClient client = SocketClient.connect(recorder, clientToken)) {
        client.send(FIRST.replace("Paris?", "Paris? " + clientToken));
        assertThat(completed(client.nextResponse()).toString()).contains("recording's key");
      }
      awaitLine();
    }
    assertThat(RecordingTest.allFiles(cassette)).doesNotContain(KEY)
        .doesNotContain(clientToken).contains("Paris? <redacted>");
  }

  @Test
  void aSecretBehindJsonEscapesIsRefusedAndNothingIsWritten() throws Exception {
    // "tool-secret-42" with its "4" escaped: the redaction of the text cannot see it
    upstream.enqueue(Reply.sse("event: response.completed\ndata: {\"type\":"
        + "\"response.completed\",\"sequence_number\":0,\"response\":{\"id\":\"resp_1\","
        + "\"object\":\"response\",\"status\":\"completed\",\"model\":\"m\",\"output\":[],"
        + "\"note\":\"tool-secret-\\u00342\"}}\n\n"));
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()).redact("tool-secret-42"))) {
      try (SocketClient client = SocketClient.connect(recorder, KEY)) {
        client.send(FIRST);
        client.nextResponse();
      }
      assertThat(awaitLine()).contains("refused to record WebSocket /v1/responses",
          "behind JSON escapes", "nothing was written").doesNotContain("tool-secret-42");
      assertThat(recorder.recordingProblems()).hasSize(1);
    }
    try (Stream<Path> written = Files.list(cassette)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void anUnreachableUpstreamGivesAnErrorEventAProblemAndNoFile() throws Exception {
    URI nowhere;
    try (ServerSocket free = new ServerSocket(0)) {
      nowhere = URI.create("http://127.0.0.1:" + free.getLocalPort() + "/v1");
    }
    try (FakeResponsesServer recorder = recording(Recording.to(cassette).upstream(nowhere));
        SocketClient client = SocketClient.connect(recorder, KEY)) {
      client.send(FIRST);
      JsonObject error = client.nextEvent();

      assertThat(error.getInt("status")).isEqualTo(502);
      assertThat(error.getJsonObject("error").getString("code"))
          .isEqualTo("upstream_unreachable");
      assertThat(error.getJsonObject("error").getString("message")).contains(nowhere.toString())
          .doesNotContain(KEY);
      assertThat(client.next()).isEqualTo("close 1011");
      assertThat(recorder.recordingProblems()).singleElement().asString()
          .contains("did not open a WebSocket", "nothing recorded").doesNotContain(KEY);
    }
    try (Stream<Path> written = Files.list(cassette)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void newEpisodesReplaysAConnectionTheCassetteAnswersAndRecordsAnother() throws Exception {
    upstream.enqueue(Reply.text("Recorded first."));
    upstream.enqueue(Reply.text("Recorded second."));
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()))) {
      try (SocketClient client = SocketClient.connect(recorder, KEY)) {
        client.send(FIRST);
        client.nextResponse();
      }
      awaitLine();
    }
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()).mode(RecordMode.NEW_EPISODES))) {
      try (SocketClient replayed = SocketClient.connect(recorder, KEY)) {
        replayed.send(FIRST);
        assertThat(completed(replayed.nextResponse()).toString()).contains("Recorded first.");
        // a later event nothing answers is refused, and the connection stays open
        replayed.send(FIRST.replace("Paris", "Rome"));
        assertThat(replayed.nextEvent().getJsonObject("error").getString("message"))
            .contains("cannot be forwarded");
        replayed.send(FIRST.replace("Paris", "Oslo"));
        assertThat(replayed.nextEvent().getString("type")).isEqualTo("error");
      }
      try (SocketClient recorded = SocketClient.connect(recorder, KEY)) {
        recorded.send(FIRST.replace("Paris", "Rome"));
        assertThat(completed(recorded.nextResponse()).toString()).contains("Recorded second.");
      }
      assertThat(awaitLine()).endsWith(" as 002-websocket-responses");
    }
    assertThat(upstream.requests()).hasSize(2);
  }

  @Test
  void stoppingTheServerWritesAConnectionStillOpen() throws Exception {
    upstream.enqueue(Reply.text("Before the stop."));
    SocketClient client;
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()))) {
      client = SocketClient.connect(recorder, KEY);
      client.send(FIRST);
      client.nextResponse();
    }

    assertThat(lines.poll()).as("written before close returned").startsWith("recorded ");
    List<String> file = transcriptLines("001-websocket-responses");
    assertThat(file.get(file.size() - 1)).matches("close \\+\\d+ms 1001 server");
    assertThat(client.next()).isEqualTo("close 1001");
  }

  private FakeResponsesServer recording(Recording recording) {
    return FakeResponsesServer.builder().recording(recording).onRecorded(lines::add).start();
  }

  private FakeResponsesServer replaying() {
    return FakeResponsesServer.builder().recording(Recording.to(cassette).mode(RecordMode.NONE))
        .start();
  }

  /** The recorder's next line; a connection is written once it has ended on both sides. */
  private String awaitLine() throws InterruptedException {
    String line = lines.poll(10, TimeUnit.SECONDS);
    assertThat(line).as("a line from the recorder").isNotNull();
    return line;
  }

  private List<String> transcriptLines(String folder) throws IOException {
    return Files.readAllLines(cassette.resolve(folder).resolve(SocketTranscript.FILE),
        StandardCharsets.UTF_8);
  }

  private static String clientFrame(SocketTranscript transcript, int index) {
    return transcript.frames().stream().filter(SocketTranscript.Frame::fromClient)
        .skip(index).findFirst().orElseThrow().text();
  }

  private static List<JsonObject> serverFrames(SocketTranscript transcript) {
    return transcript.frames().stream().filter(frame -> !frame.fromClient())
        .map(frame -> Json.parse(frame.text()).orElseThrow().asJsonObject()).toList();
  }

  private static String second(String previousId, String callId) {
    return "{\"type\":\"response.create\",\"model\":\"m\",\"previous_response_id\":\""
        + previousId + "\",\"input\":[{\"type\":\"function_call_output\",\"call_id\":\""
        + callId + "\",\"output\":\"sunny\"}]}";
  }

  static JsonObject completed(List<JsonObject> events) {
    return events.get(events.size() - 1).getJsonObject("response");
  }

  static String callId(List<JsonObject> events) {
    return completed(events).getJsonArray("output").stream().map(JsonValue::asJsonObject)
        .filter(item -> item.getString("type").equals("function_call")).findFirst()
        .orElseThrow().getString("call_id");
  }
}
