package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded WebSocket connection replays through the fake server's WebSocket mode. */
class WebSocketCassetteReplayTest {

  private static final String FIRST = "{\"type\":\"response.create\",\"model\":\"m\","
      + "\"input\":\"Weather in Paris?\"}";
  private static final String SECOND = "{\"type\":\"response.create\",\"model\":\"m\","
      + "\"previous_response_id\":\"resp_rec0001\",\"input\":\"And tomorrow?\"}";

  @TempDir
  Path folder;
  private FakeResponsesServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void chainedTurnsReplayTheRecordedFramesInOrder() throws Exception {
    RecordingConnection socket = replaying(connection(String.join("\n",
        "> +0ms " + FIRST,
        "< +5ms " + created("resp_rec0001", 0),
        "< +1ms " + delta(1, "Sunny"),
        "< +1ms " + completed("resp_rec0001", 2, "Sunny"),
        "> +30ms " + SECOND,
        "< +4ms " + created("resp_rec0002", 0),
        "< +1ms " + completed("resp_rec0002", 1, "Rain"))));

    socket.sendFromClient(FIRST);
    List<JsonObject> first = socket.nextResponse();
    socket.sendFromClient(SECOND.replace("\"model\":\"m\",", "\"model\":\"m\", "));
    List<JsonObject> second = socket.nextResponse();

    assertThat(first).map(Object::toString).containsExactly(created("resp_rec0001", 0),
        delta(1, "Sunny"), completed("resp_rec0001", 2, "Sunny"));
    assertThat(second).map(Object::toString).containsExactly(created("resp_rec0002", 0),
        completed("resp_rec0002", 1, "Rain"));
    assertThat(server.requests()).extracting(RecordedRequest::answeredBy).containsExactly(
        "cassette interaction 001-websocket event 1", "cassette interaction 001-websocket event 2");
    // the recorded response is stored as when it was made: a chain can go on from it over HTTP
    assertThat(server.storedResponse("resp_rec0002")).isPresent();
    JsonObject state = Json.parse(Http.get(server.baseUri().resolve("/__admin/state")).body())
        .orElseThrow().asJsonObject();
    assertThat(state.getJsonArray("cassettes").getJsonObject(0).getJsonArray("interactions"))
        .extracting(Object::toString).containsExactly(
            "{\"name\":\"001-websocket event 1\",\"method\":\"POST\",\"path\":\"/v1/responses\","
                + "\"stream\":true,\"transport\":\"websocket\",\"warm_up\":false,\"uses\":1}",
            "{\"name\":\"001-websocket event 2\",\"method\":\"POST\",\"path\":\"/v1/responses\","
                + "\"stream\":true,\"transport\":\"websocket\",\"warm_up\":false,\"uses\":1}");
  }

  @Test
  void theAnswerGoesOutOnTheLaneTheReplayingClientNames() throws Exception {
    String onLane = FIRST.replace("{", "{\"stream_id\":\"recorded-lane\",");
    RecordingConnection socket = replaying(connection(String.join("\n",
        "> +0ms " + onLane,
        "< +2ms " + lane(created("resp_rec0001", 0), "recorded-lane"),
        "< +1ms " + lane(completed("resp_rec0001", 1, "Sunny"), "recorded-lane"))));

    socket.sendFromClient(FIRST.replace("{", "{\"stream_id\":\"mine\","));
    List<JsonObject> events = socket.nextResponse();

    assertThat(events).extracting(event -> event.getString("stream_id"))
        .containsExactly("mine", "mine");
    assertThat(events.get(1).getJsonObject("response").getString("id"))
        .isEqualTo("resp_rec0001");
  }

  @Test
  void aRecordedErrorEventReplaysAsSentAndTheConnectionGoesOn() throws Exception {
    String error = "{\"type\":\"error\",\"status\":429,\"error\":{\"type\":\"tokens\","
        + "\"code\":\"rate_limit_exceeded\",\"message\":\"Slow down.\",\"param\":null}}";
    RecordingConnection socket = replaying(connection(String.join("\n",
        "> +0ms " + FIRST,
        "< +2ms " + error,
        "> +10ms " + SECOND,
        "< +2ms " + created("resp_rec0002", 0),
        "< +1ms " + completed("resp_rec0002", 1, "Rain"))));

    socket.sendFromClient(FIRST);
    JsonObject refused = socket.next();
    socket.sendFromClient(SECOND);
    List<JsonObject> answered = socket.nextResponse();

    assertThat(refused.toString()).isEqualTo(error);
    assertThat(answered).last().extracting(event -> event.getString("type"))
        .isEqualTo("response.completed");
    assertThat(server.requests()).extracting(RecordedRequest::status).containsExactly(429, 200);
  }

  @Test
  void anEventTheCassetteDoesNotHoldIsRefusedNamingTheNearestRecording() throws Exception {
    RecordingConnection socket = replaying(connection(String.join("\n",
        "> +0ms " + FIRST,
        "< +2ms " + completed("resp_rec0001", 0, "Sunny"))));

    socket.sendFromClient(FIRST.replace("Paris", "Rome"));
    JsonObject refused = socket.next();

    assertThat(refused.getString("type")).isEqualTo("error");
    assertThat(refused.getJsonObject("error").getString("code")).isEqualTo("unmatched_request");
    assertThat(refused.getJsonObject("error").getString("message"))
        .contains("001-websocket event 1", "/input");
  }

  @Test
  void aRecordedWarmUpAnswersOnlyAWarmUp() throws Exception {
    String warmUp = "{\"type\":\"response.create\",\"generate\":false,\"model\":\"m\","
        + "\"input\":\"Weather in Paris?\"}";
    RecordingConnection socket = replaying(connection(String.join("\n",
        "> +0ms " + warmUp,
        "< +2ms " + created("resp_rec0001", 0),
        "< +1ms " + completed("resp_rec0001", 1, ""),
        "> +5ms " + FIRST,
        "< +2ms " + created("resp_rec0002", 0),
        "< +1ms " + completed("resp_rec0002", 1, "Sunny"))));

    socket.sendFromClient(FIRST);
    List<JsonObject> turn = socket.nextResponse();
    socket.sendFromClient(warmUp);
    List<JsonObject> warm = socket.nextResponse();

    assertThat(turn.get(1).getJsonObject("response").getString("id")).isEqualTo("resp_rec0002");
    assertThat(warm.get(1).getJsonObject("response").getString("id")).isEqualTo("resp_rec0001");
    assertThat(server.requests()).extracting(RecordedRequest::warmUp).containsExactly(false, true);
  }

  @Test
  void anAnswerTheRecordingHoldsNoEndOfEndsTheConnectionWhereItStopped() throws Exception {
    RecordingConnection socket = replaying(connection(String.join("\n",
        "> +0ms " + FIRST,
        "< +2ms " + created("resp_rec0001", 0),
        "< +1ms " + delta(1, "Sun"),
        "close +5ms 1006 dropped")));

    socket.sendFromClient(FIRST);
    socket.awaitEnd();

    assertThat(socket.aborted()).isTrue();
    assertThat(socket.unread()).containsExactly(created("resp_rec0001", 0), delta(1, "Sun"));
  }

  @Test
  void anHttpRequestWithTheSameFieldsIsNotAnsweredByASocketRecording() throws Exception {
    replaying(connection(String.join("\n",
        "> +0ms " + FIRST,
        "< +2ms " + completed("resp_rec0001", 0, "Sunny"))));

    var overHttp = Http.post(Http.at(server, "/responses"),
        FIRST.replace("\"type\":\"response.create\",", ""));

    assertThat(overHttp.statusCode()).isEqualTo(400);
    assertThat(overHttp.body()).contains("unmatched_request");
  }

  private RecordingConnection replaying(Path cassette) {
    server = FakeResponsesServer.builder().cassette(Cassette.load(cassette)).start();
    return RecordingConnection.open(server);
  }

  private Path connection(String frames) throws IOException {
    Path connection = Files.createDirectories(folder.resolve("cassette/001-websocket"));
    Files.writeString(connection.resolve(SocketTranscript.FILE),
        "GET /v1/responses\n" + frames + "\n");
    return connection.getParent();
  }

  private static String created(String id, int sequence) {
    return "{\"type\":\"response.created\",\"sequence_number\":" + sequence + ",\"response\":"
        + response(id, "in_progress", "") + "}";
  }

  private static String delta(int sequence, String text) {
    return "{\"type\":\"response.output_text.delta\",\"sequence_number\":" + sequence
        + ",\"item_id\":\"msg_rec0009\",\"output_index\":0,\"content_index\":0,\"delta\":\""
        + text + "\"}";
  }

  private static String completed(String id, int sequence, String text) {
    return "{\"type\":\"response.completed\",\"sequence_number\":" + sequence + ",\"response\":"
        + response(id, "completed", text) + "}";
  }

  private static String response(String id, String status, String text) {
    String output = text.isEmpty() ? "[]" : "[{\"type\":\"message\",\"id\":\"msg_rec0009\","
        + "\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\","
        + "\"text\":\"" + text + "\",\"annotations\":[]}]}]";
    return "{\"id\":\"" + id + "\",\"object\":\"response\",\"created_at\":1700000000,"
        + "\"status\":\"" + status + "\",\"model\":\"m\",\"output\":" + output + "}";
  }

  private static String lane(String event, String lane) {
    return event.substring(0, event.length() - 1) + ",\"stream_id\":\"" + lane + "\"}";
  }
}
