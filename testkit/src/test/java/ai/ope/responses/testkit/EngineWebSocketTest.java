package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's WebSocket plumbing, seen by the JDK's WebSocket client: upgrades on the server's
 * own host, port and path reach the handler set on it, text goes both ways, and closes and drops
 * are told apart.
 */
class EngineWebSocketTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final RecordingSocketHandler handler = new RecordingSocketHandler();
  private final FakeResponsesServer server = FakeResponsesServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void textGoesBothWaysOnTheServersOwnPortAndPath() throws Exception {
    server.socketHandler(handler);
    SocketClient client = SocketClient.connect(server, null);

    assertThat(handler.next()).isEqualTo("opened /v1/responses");
    assertThat(handler.lastUpgrade.headers().keySet()).anyMatch("openai-beta"::equalsIgnoreCase);
    client.socket().sendText("echo:hello", true).get(10, TimeUnit.SECONDS);
    assertThat(handler.next()).isEqualTo("received echo:hello");
    assertThat(client.next()).isEqualTo("text hello");
    assertThat(handler.overlapped()).isFalse();
  }

  @Test
  void aMessageSentInFragmentsArrivesWhole() throws Exception {
    server.socketHandler(handler);
    SocketClient client = SocketClient.connect(server, null);
    handler.next();

    client.socket().sendText("echo:one ", false).get(10, TimeUnit.SECONDS);
    client.socket().sendText("message", true).get(10, TimeUnit.SECONDS);

    assertThat(handler.next()).isEqualTo("received echo:one message");
    assertThat(client.next()).isEqualTo("text one message");
  }

  @Test
  void aServerCloseReachesTheClientWithItsCodeAndReason() throws Exception {
    server.socketHandler(handler);
    SocketClient client = SocketClient.connect(server, null);
    handler.next();

    handler.last.close(1008, "policy");

    assertThat(client.next()).isEqualTo("close 1008");
    assertThat(client.closeReason()).isEqualTo("policy");
    assertThat(handler.next()).isEqualTo("closed 1008");
    assertThat(handler.last.isOpen()).isFalse();
  }

  @Test
  void aClientCloseReachesTheHandlerWithItsCode() throws Exception {
    server.socketHandler(handler);
    SocketClient client = SocketClient.connect(server, null);
    handler.next();

    client.socket().sendClose(1000, "done").get(10, TimeUnit.SECONDS);

    assertThat(handler.next()).isEqualTo("closed 1000");
  }

  @Test
  void anAbortDropsTheConnectionWithoutACloseFrame() throws Exception {
    server.socketHandler(handler);
    SocketClient client = SocketClient.connect(server, null);
    handler.next();

    handler.last.abort();

    assertThat(client.next()).isIn("error", "close 1006");
    assertThat(handler.next()).isEqualTo("closed 1006");
    assertThat(handler.last.isOpen()).isFalse();
  }

  @Test
  void manySocketsAtOnceEachGetTheirOwnAnswers() throws Exception {
    server.socketHandler(handler);
    List<SocketClient> clients = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      clients.add(SocketClient.connect(server, null));
    }
    for (int i = 0; i < clients.size(); i++) {
      clients.get(i).socket().sendText("echo:" + i, true);
    }

    for (int i = 0; i < clients.size(); i++) {
      assertThat(clients.get(i).next()).isEqualTo("text " + i);
    }
    assertThat(handler.overlapped()).isFalse();
  }

  @Test
  void twoServersInOneJvmEachTakeOnlyTheirOwnSockets() throws Exception {
    RecordingSocketHandler other = new RecordingSocketHandler();
    try (FakeResponsesServer second = FakeResponsesServer.start()) {
      server.socketHandler(handler);
      second.socketHandler(other);
      SocketClient.connect(second, null);

      assertThat(other.next()).isEqualTo("opened /v1/responses");
      SocketClient.connect(server, null);
      assertThat(handler.next()).isEqualTo("opened /v1/responses");
    }
  }

  @Test
  void withoutAHandlerTheUpgradeIsAnsweredAsAnyGetOnThePath() throws Exception {
    server.socketHandler(null); // the server's own WebSocket mode is installed by default
    // the JDK's client reports the refused upgrade by its status only
    assertThatThrownBy(() -> SocketClient.connect(server, null)).rootCause()
        .hasMessageContaining("Unexpected HTTP response status code 405");
    assertThat(server.takeRequest().method()).isEqualTo("GET");
  }

  @Test
  void theHttpApiStillAnswersOnThePortOfTheSockets() throws Exception {
    server.socketHandler(handler);
    server.enqueue(Reply.text("Hi"));
    SocketClient.connect(server, null);

    var answer = http.send(java.net.http.HttpRequest.newBuilder(
            URI.create(server.baseUri() + "/responses")).header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"model\":\"gpt-5.4-mini\",\"input\":\"Hi\"}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Hi");
  }
}
