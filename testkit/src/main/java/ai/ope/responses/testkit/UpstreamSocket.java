package ai.ope.responses.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens the upstream's side of a WebSocket connection the recorder passes through, as
 * {@link Recorder} builds an HTTP request: the upstream's base with what follows {@code /v1} in
 * the client's path (and its query), {@code http} made {@code ws} and {@code https} made
 * {@code wss}; the API key (the recording's, else the client's bearer token) and the
 * allow-listed headers of the client's upgrade request, those the JDK's builder takes.
 */
final class UpstreamSocket {

  /** How long a frame or the opening may take. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private UpstreamSocket() {}

  /**
   * Opens the connection.
   *
   * @param recorder the recorder, for the upstream, the key and the HTTP client
   * @param upgrade the client's upgrade request
   * @param token the client's bearer token, or null
   * @param listener what hears the upstream
   * @return the open connection
   * @throws IOException when the upstream cannot be reached or refuses the connection; the
   *     message says why, never with the key
   */
  static WebSocket open(Recorder recorder, SocketUpgrade upgrade, String token,
      WebSocket.Listener listener) throws IOException {
    URI target = webSocketUri(recorder.upstreamUri(upgrade.path(), upgrade.query()));
    WebSocket.Builder builder = recorder.http().newWebSocketBuilder().connectTimeout(TIMEOUT);
    upgrade.headers().forEach((name, values) -> {
      if (Recorder.FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> forwardHeader(builder, name, value));
      }
    });
    String key = recorder.upstreamKey(token);
    if (key != null) {
      builder.header("Authorization", "Bearer " + key);
    }
    try {
      return builder.buildAsync(target, listener)
          .get(TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      throw new IOException(why(failed.getCause()), null);
    } catch (TimeoutException late) {
      throw new IOException("no answer within " + TIMEOUT.toSeconds() * 2 + " s", null);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", null);
    }
  }

  /** An http(s) address as ws(s). */
  static URI webSocketUri(URI http) {
    String text = http.toString();
    return URI.create(text.regionMatches(true, 0, "https:", 0, 6) ? "wss:" + text.substring(6)
        : text.regionMatches(true, 0, "http:", 0, 5) ? "ws:" + text.substring(5) : text);
  }

  /** Why the upstream did not open: its status when it refused the upgrade, else the failure. */
  private static String why(Throwable failure) {
    if (failure instanceof WebSocketHandshakeException refused) {
      return "it refused the WebSocket with HTTP " + refused.getResponse().statusCode();
    }
    return String.valueOf(failure);
  }

  /** Headers the JDK's builder refuses (the handshake's own) are left out. */
  private static void forwardHeader(WebSocket.Builder builder, String name, String value) {
    try {
      builder.header(name, value);
    } catch (IllegalArgumentException restricted) {
      // the upstream gets the JDK's own
    }
  }
}
