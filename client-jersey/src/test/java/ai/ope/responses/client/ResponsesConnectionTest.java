package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.glassfish.grizzly.websockets.WebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResponsesConnectionTest {

  private ScriptedSocketServer server;
  private ResponsesClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private ResponsesClient start(String key, BiConsumer<WebSocket, JsonObject> script)
      throws Exception {
    server = new ScriptedSocketServer(script);
    client = ResponsesClient.builder().apiKey(key).baseUrl(server.baseUrl()).maxRetries(0)
        .streamIdleTimeout(Duration.ofSeconds(10)).build(); // a broken script fails, not hangs
    return client;
  }

  private ResponsesClient start(BiConsumer<WebSocket, JsonObject> script) throws Exception {
    return start("sk-test-connection", script);
  }

  /** Sends a whole turn answering "text" on the request's lane. */
  static void turn(WebSocket socket, JsonObject request, String text) {
    for (String frame : List.of(Frames.created(0), Frames.messageAdded(1), Frames.delta(2, text),
        Frames.completed(3, text))) {
      socket.send(ScriptedSocketServer.event(request, data(frame)));
    }
  }

  static String data(String frame) {
    return frame.substring(frame.indexOf("data: ") + 6).strip();
  }

  @Test
  void twoChainedTurnsRunOnOneSocketWithTheKeyOnTheUpgrade() throws Exception {
    start((socket, request) -> turn(socket, request, "turn " + server.requests.size()));
    try (ResponsesConnection connection = client.connect()) {
      Response first = connection.send(Frames.request("hello")).finalResponse();
      Response second = connection.send(Frames.request("again").toBuilder()
          .previousResponseId(first.id()).build()).finalResponse();
      assertThat(first.outputText()).isEqualTo("turn 1");
      assertThat(second.outputText()).isEqualTo("turn 2");
    }
    JsonObject first = server.requests.take();
    JsonObject second = server.requests.take();
    assertThat(first.getString("type")).isEqualTo("response.create");
    assertThat(first).doesNotContainKeys("stream", "background", "stream_id");
    assertThat(second.getString("previous_response_id")).isEqualTo(Frames.ID);
    assertThat(server.sockets).hasValue(1);
    assertThat(server.authorizations).containsExactly("Bearer sk-test-connection");
  }

  @Test
  void closingTheClientClosesItsConnectionsAndRefusesNewOnes() throws Exception {
    start((socket, request) -> turn(socket, request, "before the close"));
    ResponsesConnection connection = client.connect();
    assertThat(connection.send(Frames.request("hello")).finalResponse().outputText())
        .isEqualTo("before the close");

    client.close();

    assertThatThrownBy(() -> connection.send(Frames.request("after")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(client::connect).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the ResponsesClient is closed");
    connection.close(); // still idempotent
  }

  @Test
  void eventsOfTwoInterleavedLanesReachTheirResponses() throws Exception {
    List<JsonObject> lanes = new ArrayList<>();
    start((socket, request) -> {
      lanes.add(request);
      if (lanes.size() == 2) {
        JsonObject a = lanes.get(0);
        JsonObject b = lanes.get(1);
        String[] frames = {Frames.created(0), Frames.messageAdded(1)};
        for (String frame : frames) {
          socket.send(ScriptedSocketServer.event(a, data(frame)));
          socket.send(ScriptedSocketServer.event(b, data(frame)));
        }
        socket.send(ScriptedSocketServer.event(b, data(Frames.delta(2, "bee"))));
        socket.send(ScriptedSocketServer.event(a, data(Frames.delta(2, "ay"))));
        socket.send(ScriptedSocketServer.event(b, data(Frames.completed(3, "bee"))));
        socket.send(ScriptedSocketServer.event(a, data(Frames.completed(3, "ay"))));
      }
    });
    try (ResponsesConnection connection = client.connect()) {
      ResponseStream a = connection.send(Frames.request("a"), "lane-a");
      ResponseStream b = connection.send(Frames.request("b"), "lane-b");
      assertThat(b.finalResponse().outputText()).isEqualTo("bee");
      assertThat(a.finalResponse().outputText()).isEqualTo("ay");
      assertThat(a.textSoFar()).isEqualTo("ay");
    }
    assertThat(lanes).extracting(lane -> lane.getString("stream_id"))
        .containsExactly("lane-a", "lane-b");
  }

  @Test
  void anErrorEventFailsItsResponseAndTheSocketServesTheNextTurn() throws Exception {
    start((socket, request) -> {
      if (server.requests.size() == 1) {
        socket.send("{\"type\":\"error\",\"status\":400,\"error\":{\"type\":"
            + "\"invalid_request_error\",\"code\":\"previous_response_not_found\",\"message\":"
            + "\"Previous response not found.\",\"param\":\"previous_response_id\"}}");
      } else {
        turn(socket, request, "fine");
      }
    });
    try (ResponsesConnection connection = client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("x")).finalResponse())
          .isInstanceOfSatisfying(BadRequestException.class, error -> {
            assertThat(error.status()).isEqualTo(400);
            assertThat(error.code()).hasValue("previous_response_not_found");
            assertThat(error.param()).hasValue("previous_response_id");
          });
      assertThat(connection.send(Frames.request("y")).finalResponse().outputText())
          .isEqualTo("fine");
    }
    assertThat(server.sockets).hasValue(1);
  }

  @Test
  void aDropMidResponseFailsItWithThePartialResponseAndTheNextSendReconnects()
      throws Exception {
    start((socket, request) -> {
      if (server.requests.size() == 1) {
        socket.send(data(Frames.created(0)));
        socket.send(data(Frames.messageAdded(1)));
        socket.send(data(Frames.delta(2, "half")));
        socket.close();
      } else {
        turn(socket, request, "whole");
      }
    });
    try (ResponsesConnection connection = client.connect()) {
      ResponseStream broken = connection.send(Frames.request("x"));
      assertThatThrownBy(broken::finalResponse)
          .isInstanceOfSatisfying(StreamInterruptedException.class, error -> {
            assertThat(error.idleTimeout()).isFalse();
            assertThat(error.partialResponse().outputText()).isEqualTo("half");
          });
      assertThat(connection.send(Frames.request("y")).finalResponse().outputText())
          .isEqualTo("whole");
    }
    assertThat(server.sockets).hasValue(2);
    assertThat(server.requests).hasSize(2); // the broken response was not sent again
  }

  @Test
  void aDropBetweenResponsesIsHealedByTheNextSend() throws Exception {
    start((socket, request) -> {
      turn(socket, request, "turn " + server.requests.size());
      if (server.requests.size() == 1) {
        socket.close();
      }
    });
    try (ResponsesConnection connection = client.connect()) {
      assertThat(connection.send(Frames.request("x")).finalResponse().outputText())
          .isEqualTo("turn 1");
      ResponseStream second = awaitReconnectable(connection);
      assertThat(second.finalResponse().outputText()).isEqualTo("turn 2");
    }
    assertThat(server.sockets).hasValue(2);
    assertThat(server.requests).hasSize(2);
  }

  /** Sends once the client has seen the close the server sent after the first turn. */
  private static ResponseStream awaitReconnectable(ResponsesConnection connection)
      throws InterruptedException {
    for (int i = 0; i < 200 && connection.toString().endsWith(", open]"); i++) {
      Thread.sleep(10);
    }
    return connection.send(Frames.request("y"));
  }

  @Test
  void closingTheConnectionFromAnotherThreadEndsABlockedRead() throws Exception {
    start((socket, request) -> socket.send(data(Frames.created(0))));
    ResponsesConnection connection = client.connect();
    ResponseStream events = connection.send(Frames.request("x"));
    CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
      try {
        events.finalResponse();
        return null;
      } catch (RuntimeException failure) {
        return failure;
      }
    });
    while (events.responseId().isEmpty()) {
      Thread.sleep(5); // the reader has the first event and waits for the next
    }
    connection.close();
    assertThat(reader.get(10, TimeUnit.SECONDS)).isInstanceOf(StreamInterruptedException.class);
    assertThatThrownBy(() -> connection.send(Frames.request("y")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closingAResponseFromAnotherThreadEndsItsIterationQuietly() throws Exception {
    start((socket, request) -> socket.send(data(Frames.created(0))));
    try (ResponsesConnection connection = client.connect()) {
      ResponseStream events = connection.send(Frames.request("x"));
      CompletableFuture<List<ResponseStreamEvent>> reader = CompletableFuture.supplyAsync(() -> {
        List<ResponseStreamEvent> read = new ArrayList<>();
        events.forEach(read::add);
        return read;
      });
      while (events.responseId().isEmpty()) {
        Thread.sleep(5);
      }
      events.close();
      assertThat(reader.get(10, TimeUnit.SECONDS)).hasSize(1);
    }
  }

  @Test
  void aSilentResponseFailsWithAnIdleTimeout() throws Exception {
    start((socket, request) -> socket.send(data(Frames.created(0))));
    try (ResponsesConnection connection = client.connect(ConnectOptions.defaults()
        .idleTimeout(Duration.ofMillis(200)))) {
      assertThatThrownBy(() -> connection.send(Frames.request("x")).finalResponse())
          .isInstanceOfSatisfying(StreamInterruptedException.class, error -> {
            assertThat(error.idleTimeout()).isTrue();
            assertThat(error.partialResponse().id()).isEqualTo(Frames.ID);
          });
    }
  }

  @Test
  void theKeyIsSentOnTheUpgradeAndShownNowhere() throws Exception {
    String key = SecretCanary.KEY;
    start(key, (socket, request) -> socket.send("{\"type\":\"error\",\"status\":401,\"error\":"
        + "{\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\",\"message\":"
        + "\"Incorrect API key provided: " + key + "\",\"param\":null}}"));
    try (ResponsesConnection connection = client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("x")).finalResponse())
          .isInstanceOfSatisfying(AuthenticationException.class, error -> {
            assertThat(error.getMessage()).doesNotContain(key).contains("***");
            assertThat(error.toString()).doesNotContain(key);
          });
      assertThat(connection.toString()).doesNotContain(key);
    }
    assertThat(server.authorizations).containsExactly("Bearer " + key);
  }

  @Test
  void aToolLoopRunsItsTurnsOverOneSocket() throws Exception {
    start((socket, request) -> {
      if (!request.containsKey("previous_response_id")) {
        String name = request.getJsonArray("tools").getJsonObject(0).getString("name");
        String call = "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_1\","
            + "\"name\":\"" + name + "\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\","
            + "\"status\":\"completed\"}";
        socket.send("{\"type\":\"response.completed\",\"sequence_number\":0,\"response\":"
            + "{\"id\":\"resp_tool\",\"object\":\"response\",\"created_at\":1700000000,"
            + "\"status\":\"completed\",\"model\":\"gpt-5.4-mini\",\"output\":[" + call + "]}}");
      } else {
        turn(socket, request, "sunny in Paris");
      }
    });
    ToolBox tools = ToolBox.empty().with(ToolLoopTest.GetWeather.class,
        call -> new ToolLoopTest.Weather(call.city(), "sunny"));
    ToolRun run = client.runTools(Frames.request("weather?"), tools,
        ToolLoopOptions.defaults().overWebSocket(true));
    assertThat(run.response().outputText()).isEqualTo("sunny in Paris");
    assertThat(server.sockets).hasValue(1);
    server.requests.take();
    JsonObject second = server.requests.take();
    assertThat(second.getString("previous_response_id")).isEqualTo("resp_tool");
    assertThat(second.getJsonArray("input")).hasSize(1);
    assertThat(second.getJsonArray("input").getJsonObject(0).getString("type"))
        .isEqualTo("function_call_output");
  }

  @Test
  void aBackgroundRequestIsRefusedBeforeAnythingIsSent() throws Exception {
    start((socket, request) -> turn(socket, request, "never"));
    try (ResponsesConnection connection = client.connect()) {
      CreateResponseRequest background = Frames.request("x").toBuilder().background(true).build();
      assertThatThrownBy(() -> connection.send(background))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("background");
      assertThatThrownBy(() -> connection.send(Frames.request("x"), "bad lane!"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stream_id");
    }
    assertThat(server.requests).isEmpty();
  }

  @Test
  void aWarmUpSendsGenerateFalseAndReturnsTheServersAnswer() throws Exception {
    start((socket, request) -> turn(socket, request, ""));
    try (ResponsesConnection connection = client.connect()) {
      assertThat(connection.warmUp(Frames.request("x")).id()).isEqualTo(Frames.ID);
    }
    assertThat(server.requests.take().getBoolean("generate")).isFalse();
  }

  @Test
  void anErrorEventWithoutAStatusFailsItsResponseWithTheStreamError() throws Exception {
    start((socket, request) -> socket.send("{\"type\":\"error\",\"error\":{\"type\":"
        + "\"server_error\",\"code\":\"overloaded\",\"message\":\"Try again.\","
        + "\"param\":null}}"));
    try (ResponsesConnection connection = client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("x")).finalResponse())
          .isInstanceOfSatisfying(StreamErrorException.class,
              error -> assertThat(error.code()).hasValue("overloaded"));
    }
  }
}
