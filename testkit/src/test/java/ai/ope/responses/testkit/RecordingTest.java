package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording through the proxy from a scripted upstream (a second fake server, behaving as the
 * live API would), then replaying the cassette with the upstream gone.
 */
class RecordingTest {

  static final String KEY = "sk-canary-recording-0123456789abcdefghij";
  /**
   * A key-shaped secret the upstream echoes, drawn per run: no key-like literal in the source,
   * and any file holding it was written by this run.
   */
  private static final String PLANTED_KEY =
      "sk-live-" + UUID.randomUUID().toString().replace("-", "");

  @TempDir
  Path cassette;

  private final FakeResponsesServer upstream =
      FakeResponsesServer.builder().requireApiKey(KEY).start();
  private final List<String> recorded = new ArrayList<>();

  @AfterEach
  void stop() {
    upstream.close();
  }

  @Test
  void aRecordedSessionReplaysIdenticallyWithTheUpstreamGone() throws Exception {
    upstream.enqueue(Reply.text("Bonjour."));
    upstream.enqueue(Reply.text("Streamed answer, word by word.").withChunks(5));
    upstream.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"));
    upstream.enqueue(Reply.error(400, "invalid_request_error", "invalid_value", "Bad model."));
    upstream.enqueue(Reply.text("Chained."));
    List<HttpRequest.Builder> session = new ArrayList<>();
    List<String> live = new ArrayList<>();

    try (FakeResponsesServer recorder = recording(Recording.to(cassette).upstream(
        upstream.baseUri()).normalize(false))) {
      String first = create(recorder, "{\"model\":\"m\",\"input\":\"Hello\"}", session, live);
      create(recorder, "{\"model\":\"m\",\"input\":\"Stream\",\"stream\":true}", session, live);
      create(recorder, "{\"model\":\"m\",\"input\":\"Weather?\",\"tools\":[{\"type\":"
          + "\"function\",\"name\":\"get_weather\",\"parameters\":{}}]}", session, live);
      create(recorder, "{\"model\":\"bad\",\"input\":\"x\"}", session, live);
      String id = first.replaceAll("(?s).*?\"id\":\"(resp_[^\"]+)\".*", "$1");
      create(recorder, "{\"model\":\"m\",\"input\":\"More\",\"previous_response_id\":\"" + id
          + "\"}", session, live);
      session.add(request(recorder, "/responses/" + id).GET());
      live.add(send(session.get(session.size() - 1)));
      assertThat(recorder.recordingProblems()).isEmpty();
    }
    upstream.close();

    assertThat(recorded).hasSize(6).allMatch(line -> line.startsWith("recorded "));
    assertThat(CassetteLint.check(cassette)).isEmpty();
    assertThat(recorded.get(1)).contains("events");
    try (FakeResponsesServer replay = FakeResponsesServer.builder()
        .cassette(Cassette.load(cassette)).start()) {
      for (int i = 0; i < session.size(); i++) {
        HttpRequest.Builder again = session.get(i).copy()
            .uri(rebase(session.get(i).build().uri(), replay));
        assertThat(send(again)).as("request %d", i).isEqualTo(live.get(i));
      }
      assertThat(replay.unmatchedRequests()).isEmpty();
    }
  }

  @Test
  void normalisedIdsKeepAChainMatchingOnReplay() throws Exception {
    upstream.enqueue(Reply.text("First."));
    upstream.enqueue(Reply.text("Second."));
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()))) {
      String first = send(request(recorder, "/responses").POST(body(
          "{\"model\":\"m\",\"input\":\"One\"}")));
      String id = first.replaceAll("(?s).*?\"id\":\"(resp_[^\"]+)\".*", "$1");
      send(request(recorder, "/responses").POST(body(
          "{\"model\":\"m\",\"input\":\"Two\",\"previous_response_id\":\"" + id + "\"}")));
    }

    assertThat(CassetteLint.check(cassette)).isEmpty();
    String files = allFiles(cassette);
    assertThat(files).contains("resp_rec0001").contains("\"created_at\": 1700000000")
        .doesNotContainPattern("resp_[0-9a-f]{20,}");
    try (FakeResponsesServer replay = FakeResponsesServer.builder()
        .cassette(Cassette.load(cassette)).start()) {
      String first = send(request(replay, "/responses").POST(body(
          "{\"model\":\"m\",\"input\":\"One\"}")));
      assertThat(first).contains("\"id\":\"resp_rec0001\"");
      String second = send(request(replay, "/responses").POST(body(
          "{\"model\":\"m\",\"input\":\"Two\",\"previous_response_id\":\"resp_rec0001\"}")));
      assertThat(second).contains("Second.");
      assertThat(replay.unmatchedRequests()).isEmpty();
    }
  }

  @Test
  void theKeyAndPlantedSecretsNeverReachTheCassette() throws Exception {
    upstream.enqueue(Reply.text("Your key " + PLANTED_KEY + " is Bearer "
        + "eyJhbGciOiJIUzI1NiJ9.token and the tool token tool-secret-42."));
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()).redact("tool-secret-42"))) {
      String live = send(request(recorder, "/responses").POST(body(
          "{\"model\":\"m\",\"input\":\"Leak " + KEY + " please\"}")));

      assertThat(live).contains(PLANTED_KEY);
      assertThat(recorder.recordingProblems()).isEmpty();
    }

    String files = allFiles(cassette);
    assertThat(files).doesNotContain(KEY).doesNotContain(PLANTED_KEY)
        .doesNotContain("eyJhbGciOiJIUzI1NiJ9.token").doesNotContain("tool-secret-42")
        .contains("<redacted>").doesNotContainIgnoringCase("authorization");
  }

  @Test
  void aSecretHiddenBehindJsonEscapesMakesTheRecorderRefuse() throws Exception {
    // "tool-secret-42" with its "4" escaped: redaction of the text cannot see it
    upstream.enqueue(Reply.json(200, "{\"id\":\"resp_1\",\"object\":\"response\",\"status\":"
        + "\"completed\",\"model\":\"m\",\"output\":[],\"note\":\"tool-secret-\\u00342\"}"));
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()).redact("tool-secret-42"))) {
      send(request(recorder, "/responses").POST(body("{\"model\":\"m\",\"input\":\"x\"}")));

      assertThat(recorder.recordingProblems()).singleElement().asString()
          .contains("refused to record POST /v1/responses").contains("behind JSON escapes")
          .contains("nothing was written").doesNotContain("tool-secret-42");
    }
    try (Stream<Path> written = Files.list(cassette)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void theStreamReachesTheCallerBeforeTheUpstreamHasFinished() throws Exception {
    upstream.enqueue(Reply.text("one two three four five six").withChunks(6)
        .withDelayBetweenEvents(java.time.Duration.ofMillis(150)));
    try (FakeResponsesServer recorder = recording(Recording.to(cassette)
        .upstream(upstream.baseUri()))) {
      long start = System.nanoTime();
      HttpResponse<java.io.InputStream> answer = Http.CLIENT_FOR_STREAMS.send(
          request(recorder, "/responses").POST(body(
              "{\"model\":\"m\",\"input\":\"Count\",\"stream\":true}")).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      long firstEvent;
      try (java.io.InputStream in = answer.body()) {
        in.read(new byte[16]);
        firstEvent = System.nanoTime() - start;
        in.readAllBytes();
      }
      long whole = System.nanoTime() - start;

      // 14 events 150 ms apart: the whole stream takes ~2 s, the first event ~150 ms
      assertThat(whole).isGreaterThan(1_500_000_000L);
      assertThat(firstEvent).isLessThan(whole / 3);
    }
    assertThat(allFiles(cassette)).contains(": +1").contains("response.completed");
  }

  private FakeResponsesServer recording(Recording recording) {
    return FakeResponsesServer.builder().recording(recording).onRecorded(recorded::add).start();
  }

  private String create(FakeResponsesServer server, String json, List<HttpRequest.Builder> session,
      List<String> live) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(server, "/responses").POST(body(json));
    session.add(request);
    String answer = send(request);
    live.add(answer);
    return answer;
  }

  static HttpRequest.Builder request(FakeResponsesServer server, String path) {
    return HttpRequest.newBuilder(Http.at(server, path)).header("Authorization", "Bearer " + KEY)
        .header("Content-Type", "application/json");
  }

  static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  static String send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> answer = Http.send(request.copy());
    return answer.statusCode() + " " + answer.body();
  }

  private static URI rebase(URI uri, FakeResponsesServer server) {
    return URI.create(server.baseUri().toString().replace("/v1", "") + uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
  }

  static String allFiles(Path folder) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return text.toString();
  }
}
