package ai.ope.responses.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The WebSocket floor: the JDK's own {@link WebSocket} on the fake server's socket, sending a
 * {@code response.create} and counting the text frames of its answer without JSON, as
 * {@link RawLines} counts {@code data:} lines for SSE. What a client cannot beat on this server.
 */
final class RawSocketFrames implements WebSocket.Listener, AutoCloseable {

  private static final String CREATE = "{\"type\":\"response.create\",\"model\":\""
      + Clients.MODEL + "\",\"input\":\"" + Clients.INPUT + "\"}";

  private final WebSocket socket;
  private final StringBuilder frame = new StringBuilder();
  private volatile CompletableFuture<Long> done = new CompletableFuture<>();
  private long frames;

  RawSocketFrames(HttpClient jdk, URI baseUri) {
    URI uri = URI.create(baseUri.toString().replaceFirst("^http", "ws") + "/responses");
    socket = jdk.newWebSocketBuilder().header("authorization", "Bearer " + Clients.KEY)
        .buildAsync(uri, this).join();
  }

  /** Sends one create and waits for its last frame; returns how many frames came. */
  long oneResponse() {
    CompletableFuture<Long> answer = new CompletableFuture<>();
    done = answer;
    socket.sendText(CREATE, true).join();
    return answer.join();
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    frame.append(data);
    if (last) {
      frames++;
      // the terminal events of a response; any other frame is one more event
      if (frame.indexOf("\"type\":\"response.completed\"") >= 0
          || frame.indexOf("\"type\":\"error\"") >= 0) {
        long counted = frames;
        frames = 0;
        done.complete(counted);
      }
      frame.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    done.completeExceptionally(error);
  }

  @Override
  public void close() {
    socket.abort();
  }
}
