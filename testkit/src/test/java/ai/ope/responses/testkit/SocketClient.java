package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real WebSocket client (the JDK's) on a server's {@code /v1/responses}: sends text frames,
 * keeps what comes back in order, closes and drops.
 */
final class SocketClient implements WebSocket.Listener, AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Set<String> ENDS_A_RESPONSE =
      Set.of("response.completed", "response.failed", "response.incomplete", "error");

  private final BlockingQueue<String> got = new LinkedBlockingQueue<>();
  private final StringBuilder text = new StringBuilder();
  private WebSocket socket;
  private volatile String closeReason;

  private SocketClient() {}

  /** Connects with this bearer token (none when null). */
  static SocketClient connect(FakeResponsesServer server, String token) throws Exception {
    SocketClient client = new SocketClient();
    URI uri = URI.create(server.baseUri().toString().replace("http:", "ws:") + "/responses");
    WebSocket.Builder builder = HTTP.newWebSocketBuilder()
        .header("OpenAI-Beta", "responses_websockets=2026-02-06");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    try {
      client.socket = builder.buildAsync(uri, client).get(10, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      throw new IllegalStateException("the upgrade failed", failed.getCause());
    }
    return client;
  }

  /** The JDK's socket, for what the helpers here do not do (fragments, raw closes). */
  WebSocket socket() {
    return socket;
  }

  /** The reason the server gave when it closed, once it has. */
  String closeReason() {
    return closeReason;
  }

  /** Sends a frame. */
  void send(String frame) throws Exception {
    socket.sendText(frame, true).get(10, TimeUnit.SECONDS);
  }

  /** The next thing that came: {@code text …}, {@code close <code>} or {@code error}. */
  String next() throws InterruptedException {
    String next = got.poll(10, TimeUnit.SECONDS);
    assertThat(next).as("something from the server").isNotNull();
    return next;
  }

  /** The next text frame, parsed; fails on a close or an error. */
  JsonObject nextEvent() throws InterruptedException {
    String next = next();
    assertThat(next).as("a text frame").startsWith("text ");
    return Json.parse(next.substring(5)).orElseThrow().asJsonObject();
  }

  /** The frames up to and including the one that ends a response (or an error event). */
  List<JsonObject> nextResponse() throws InterruptedException {
    List<JsonObject> events = new ArrayList<>();
    JsonObject event;
    do {
      event = nextEvent();
      events.add(event);
    } while (!ENDS_A_RESPONSE.contains(event.getString("type")));
    return events;
  }

  /**
   * Closes with a normal closure, waiting for the close frame to go out; once the server has
   * closed, the JDK answers its close frame itself.
   */
  @Override
  public void close() throws IOException {
    if (!socket.isOutputClosed() && !socket.isInputClosed()) {
      try {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while closing", interrupted);
      } catch (ExecutionException | java.util.concurrent.TimeoutException failed) {
        throw new IOException("the close did not go out", failed);
      }
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    text.append(data);
    if (last) {
      got.add("text " + text);
      text.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closeReason = reason;
    got.add("close " + statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    got.add("error");
  }
}
