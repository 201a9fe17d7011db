package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Turns over the fake server's WebSocket mode, scripted as over HTTP. */
class WebSocketModeTest {

  private final FakeResponsesServer server = FakeResponsesServer.start();
  private final RecordingConnection socket = RecordingConnection.open(server);

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void twoChainedTurnsOnOneConnectionContinueFromTheFirstResponse() throws Exception {
    server.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"));
    server.enqueue(Reply.text("It is sunny."));

    socket.sendFromClient("{\"type\":\"response.create\",\"model\":\"m\",\"input\":\"Weather?\"}");
    List<JsonObject> first = socket.nextResponse();
    String firstId = completed(first).getString("id");
    socket.sendFromClient("{\"type\":\"response.create\",\"model\":\"m\",\"previous_response_id\":\""
        + firstId + "\",\"input\":[{\"type\":\"function_call_output\",\"call_id\":\""
        + callId(first) + "\",\"output\":\"sunny\"}]}");
    List<JsonObject> second = socket.nextResponse();

    assertThat(types(first)).startsWith("response.created", "response.in_progress")
        .endsWith("response.completed");
    assertThat(completed(second).getString("previous_response_id")).isEqualTo(firstId);
    assertThat(text(completed(second))).isEqualTo("It is sunny.");
    assertThat(first).allSatisfy(event -> assertThat(event).doesNotContainKey("stream_id"));
  }

  @Test
  void aTurnOverHttpContinuesFromAResponseMadeOverTheSocket() throws Exception {
    server.enqueue(Reply.text("first"));
    server.enqueue(Reply.text("second"));
    socket.sendFromClient("{\"type\":\"response.create\",\"model\":\"m\",\"input\":\"Hi\"}");
    String id = completed(socket.nextResponse()).getString("id");

    HttpResponse<String> overHttp = Http.post(Http.at(server, "/responses"),
        "{\"model\":\"m\",\"input\":\"more\",\"previous_response_id\":\"" + id + "\"}");

    assertThat(overHttp.statusCode()).isEqualTo(200);
    assertThat(server.storedResponse(id)).isPresent();
  }

  @Test
  void lanesAreFirstInFirstOutAndEveryEventNamesItsLane() throws Exception {
    server.enqueue(Reply.text("a1").withDelayBetweenEvents(Duration.ofMillis(5)));
    server.enqueue(Reply.text("b1"));
    server.enqueue(Reply.text("a2"));

    socket.sendFromClient(create("\"stream_id\":\"a\""));
    socket.sendFromClient(create("\"stream_id\":\"b\""));
    socket.sendFromClient(create("\"stream_id\":\"a\""));
    List<JsonObject> events = new ArrayList<>();
    for (int completedCount = 0; completedCount < 3; ) {
      JsonObject event = socket.next();
      events.add(event);
      completedCount += event.getString("type").equals("response.completed") ? 1 : 0;
    }

    assertThat(events).allSatisfy(event -> assertThat(event).containsKey("stream_id"));
    Map<String, List<JsonObject>> byLane = events.stream()
        .collect(Collectors.groupingBy(event -> event.getString("stream_id")));
    List<String> laneA = byLane.get("a").stream()
        .filter(event -> event.getString("type").equals("response.completed"))
        .map(WebSocketModeTest::text).toList();
    assertThat(laneA).containsExactly("a1", "a2");
    // FIFO: every event of a lane's first response comes before any of its second
    List<String> responseIds = byLane.get("a").stream()
        .filter(event -> event.containsKey("response"))
        .map(event -> event.getJsonObject("response").getString("id")).distinct().toList();
    assertThat(responseIds).hasSize(2);
    int lastOfFirst = lastIndexOf(byLane.get("a"), responseIds.get(0));
    int firstOfSecond = firstIndexOf(byLane.get("a"), responseIds.get(1));
    assertThat(lastOfFirst).isLessThan(firstOfSecond);
    assertThat(byLane.get("b")).extracting(event -> event.getInt("sequence_number"))
        .isSorted();
  }

  @Test
  void aWarmUpAnswersWithoutOutputOrTokensAndLeavesQueuedRepliesForTheTurns()
      throws Exception {
    server.enqueue(Reply.text("the real turn"));

    socket.sendFromClient("{\"type\":\"response.create\",\"generate\":false,\"model\":\"m\","
        + "\"instructions\":\"Be brief.\"}");
    List<JsonObject> warmUp = socket.nextResponse();
    String warmId = completed(warmUp).getString("id");
    socket.sendFromClient(create("\"previous_response_id\":\"" + warmId + "\""));
    List<JsonObject> turn = socket.nextResponse();

    assertThat(types(warmUp)).containsExactly("response.created", "response.completed");
    assertThat(completed(warmUp).getJsonArray("output")).isEmpty();
    assertThat(completed(warmUp).getJsonObject("usage").getInt("total_tokens")).isZero();
    assertThat(text(completed(turn))).isEqualTo("the real turn");
    assertThat(server.requests().get(0).answeredBy()).contains("warm-up");
  }

  @Test
  void eachEventIsJournaledAsACreateOverWebSocketWithTheEventsSent() throws Exception {
    server.enqueue(Reply.text("Hello"));

    socket.sendFromClient(create("\"stream_id\":\"lane-1\""));
    List<JsonObject> sent = socket.nextResponse();
    RecordedRequest request = server.takeRequest();

    assertThat(request.overWebSocket()).isTrue();
    assertThat(request.streamId()).hasValue("lane-1");
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/responses");
    assertThat(request.bodyAsString()).isEqualTo("{\"model\":\"m\",\"input\":\"Hi\"}");
    assertThat(request.answeredBy()).isEqualTo("queued reply #1");
    RecordedResponse response = awaitEnded(request);
    assertThat(response.events()).extracting(event -> event.type().orElseThrow())
        .containsExactlyElementsOf(types(sent));
    assertThat(response.ending()).hasValue("complete");
    assertThat(request.toString()).contains("over WebSocket");
    JsonObject shown = JournalView.of(request);
    assertThat(shown.getString("transport")).isEqualTo("websocket");
    assertThat(shown.getString("stream_id")).isEqualTo("lane-1");
  }

  @Test
  void theSocketSendsTheEventsAnSseClientGetsForTheSameReply() throws Exception {
    server.enqueue(Reply.text("same events").withChunks(3));
    server.enqueue(Reply.text("same events").withChunks(3));

    HttpResponse<String> sse = Http.post(Http.at(server, "/responses"),
        "{\"model\":\"m\",\"input\":\"Hi\",\"stream\":true}");
    socket.sendFromClient(create("\"stream_id\":\"same\""));
    List<JsonObject> frames = socket.nextResponse();

    List<String> sseData = ai.ope.responses.api.stream.ServerSentEvent.parseAll(sse.body())
        .stream().filter(event -> !event.isDone())
        .map(event -> withoutIds(event.data())).toList();
    assertThat(frames).extracting(frame -> withoutIds(frame.toString()
        .replace(",\"stream_id\":\"same\"", ""))).containsExactlyElementsOf(sseData);
  }

  /** The event with its response and item ids blanked: each response has its own. */
  private static String withoutIds(String json) {
    return json.replaceAll("\"(resp|msg)_[A-Za-z0-9]+\"", "\"id\"")
        .replaceAll("\"(created_at|completed_at)\":[0-9.]+", "\"$1\":0");
  }

  @Test
  void theBuiltInModelAnswersWhatNothingScripted() throws Exception {
    try (FakeResponsesServer modelServer = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).start()) {
      RecordingConnection modelSocket = RecordingConnection.open(modelServer);

      modelSocket.sendFromClient(create("\"stream_id\":\"x\""));

      assertThat(completed(modelSocket.nextResponse()).getJsonArray("output")).isNotEmpty();
      assertThat(modelServer.takeRequest().answeredBy()).isEqualTo("built-in model");
    }
  }

  static String create(String extra) {
    return "{\"type\":\"response.create\"," + extra + ",\"model\":\"m\",\"input\":\"Hi\"}";
  }

  static RecordedResponse awaitEnded(RecordedRequest request) throws InterruptedException {
    // the journal notes the ending just after the last frame went out
    for (int i = 0; i < 1000; i++) {
      RecordedResponse response = request.response().orElse(null);
      if (response != null && response.ending().isPresent()) {
        return response;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the answer to " + request + " did not end");
  }

  static JsonObject completed(List<JsonObject> events) {
    return events.get(events.size() - 1).getJsonObject("response");
  }

  static List<String> types(List<JsonObject> events) {
    return events.stream().map(event -> event.getString("type")).toList();
  }

  private static String text(JsonObject completedEvent) {
    JsonObject response = completedEvent.containsKey("response")
        ? completedEvent.getJsonObject("response") : completedEvent;
    return response.getJsonArray("output").getJsonObject(0).getJsonArray("content")
        .getJsonObject(0).getString("text");
  }

  private static String callId(List<JsonObject> events) {
    return completed(events).getJsonArray("output").getJsonObject(0).getString("call_id");
  }

  private static int lastIndexOf(List<JsonObject> events, String responseId) {
    int last = -1;
    for (int i = 0; i < events.size(); i++) {
      if (responseId.equals(responseIdOf(events.get(i)))) {
        last = i;
      }
    }
    return last;
  }

  private static int firstIndexOf(List<JsonObject> events, String responseId) {
    for (int i = 0; i < events.size(); i++) {
      if (responseId.equals(responseIdOf(events.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static String responseIdOf(JsonObject event) {
    return event.containsKey("response") ? event.getJsonObject("response").getString("id")
        : null;
  }
}
