package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket connection in memory, as an engine would hand it to the fake's {@link
 * SocketHandler}: it keeps the frames the server sends, how the connection ended, and tells the
 * handler of the end as an engine would.
 */
final class RecordingConnection implements SocketConnection {

  private static final Set<String> ENDS_A_RESPONSE =
      Set.of("response.completed", "response.failed", "response.incomplete", "error");

  private final SocketHandler handler;
  private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile boolean open = true;
  private volatile int closeCode = -1;
  private volatile boolean aborted;

  private RecordingConnection(SocketHandler handler) {
    this.handler = handler;
  }

  /** Opens a connection to the server's WebSocket mode with these upgrade headers. */
  static RecordingConnection open(FakeResponsesServer server,
      Map<String, List<String>> headers) {
    RecordingConnection connection = new RecordingConnection(server.socketHandler());
    connection.handler.opened(connection,
        new SocketUpgrade("/v1/responses", null, headers));
    return connection;
  }

  /** Opens a connection without credentials. */
  static RecordingConnection open(FakeResponsesServer server) {
    return open(server, Map.of());
  }

  /** The client sends a text frame. */
  void sendFromClient(String text) {
    handler.received(this, text);
  }

  /** The next frame the server sent, parsed; fails when none comes within 10 s. */
  JsonObject next() throws InterruptedException {
    String frame = frames.poll(10, TimeUnit.SECONDS);
    assertThat(frame).as("a frame from the server").isNotNull();
    return Json.parse(frame).orElseThrow().asJsonObject();
  }

  /** Frames up to and including the one that ends a response (or an error event). */
  List<JsonObject> nextResponse() throws InterruptedException {
    List<JsonObject> events = new ArrayList<>();
    JsonObject event;
    do {
      event = next();
      events.add(event);
    } while (!ENDS_A_RESPONSE.contains(event.getString("type")));
    return events;
  }

  /** Waits for the server to close or drop the connection. */
  void awaitEnd() throws InterruptedException {
    assertThat(ended.await(10, TimeUnit.SECONDS)).as("the connection ended").isTrue();
  }

  /** The client closes the connection. */
  void closeFromClient() {
    open = false;
    handler.closed(this, 1000);
  }

  /** Frames sent and not yet read. */
  List<String> unread() {
    return List.copyOf(frames);
  }

  int closeCode() {
    return closeCode;
  }

  boolean aborted() {
    return aborted;
  }

  @Override
  public void send(String text) throws IOException {
    if (!open) {
      throw new IOException("closed");
    }
    frames.add(text);
  }

  @Override
  public void close(int code, String reason) {
    end(code);
  }

  @Override
  public void abort() {
    aborted = true;
    end(1006);
  }

  private void end(int code) {
    boolean wasOpen = open;
    open = false;
    if (wasOpen) {
      closeCode = code;
      ended.countDown();
      handler.closed(this, code);
    }
  }

  @Override
  public boolean isOpen() {
    return open;
  }
}
