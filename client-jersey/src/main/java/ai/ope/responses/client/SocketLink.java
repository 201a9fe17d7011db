package ai.ope.responses.client;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.io.IOException;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One open WebSocket (the JDK's {@code java.net.http.WebSocket}) and the responses waiting on it:
 * joins the parts of each text message, decodes it on the socket's thread, and routes it to its
 * response. When the socket closes or fails, every waiting response fails with it.
 */
final class SocketLink implements WebSocket.Listener {

  private final SocketLanes lanes = new SocketLanes();
  private final StringBuilder message = new StringBuilder();
  private volatile WebSocket socket;
  private volatile boolean open = true;

  SocketLanes lanes() {
    return lanes;
  }

  void attach(WebSocket socket) {
    this.socket = socket;
  }

  boolean isOpen() {
    return open && socket != null && !socket.isInputClosed() && !socket.isOutputClosed();
  }

  /** Sends one text message, waiting until it is written (the JDK allows one at a time). */
  void send(String text, Duration timeout) throws IOException {
    try {
      socket.sendText(text, true).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while sending", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("the request could not be written to the socket: "
          + (e.getCause() == null ? e : e.getCause()), e);
    }
  }

  /** Closes the socket at once; the waiting responses fail with {@code why}. */
  void abort(IOException why) {
    open = false;
    WebSocket current = socket;
    if (current != null) {
      current.sendClose(WebSocket.NORMAL_CLOSURE, "")
          .whenComplete((done, error) -> current.abort());
    }
    lanes.failAll(why);
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    if (last && message.length() == 0) {
      dispatch(data.toString()); // a whole message, as most events are: no copy through the join
    } else {
      message.append(data);
      if (last) {
        String text = message.toString();
        message.setLength(0);
        dispatch(text);
      }
    }
    webSocket.request(1);
    return null;
  }

  private void dispatch(String text) {
    ResponseStreamEvent event;
    try {
      event = ResponsesJson.parseEvent(null, text);
    } catch (ResponsesJsonException malformed) {
      lanes.malformed(malformed);
      return;
    }
    if (!lanes.route(event)) {
      LoggingFilter.LOG.log(System.Logger.Level.WARNING, () -> "an event of type "
          + event.type() + " arrived on the socket for no waiting response; dropped");
    }
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, java.nio.ByteBuffer data,
      boolean last) {
    webSocket.request(1); // the protocol sends text only; a binary frame is ignored
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    open = false;
    lanes.failAll(new IOException("the server closed the socket (" + statusCode
        + (reason == null || reason.isEmpty() ? "" : ", " + reason) + ")"));
    webSocket.abort();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    open = false;
    lanes.failAll(new IOException("the socket failed: " + error, error));
  }
}
