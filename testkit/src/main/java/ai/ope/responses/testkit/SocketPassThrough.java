package ai.ope.responses.testkit;

import java.io.IOException;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A WebSocket connection a recording server passes through to its upstream: every frame the
 * client sends goes upstream as sent, every frame the upstream sends goes to the client as it
 * arrives, both noted with when they crossed; when the connection ends, by either side, a drop,
 * or the server stopping, the recorder writes it ({@link RecordedConnection}).
 *
 * <p>Closes are passed on: the client's with its code upstream, the upstream's with its code to
 * the client, and a drop of the upstream as a drop of the client.
 */
final class SocketPassThrough {

  private final Recorder recorder;
  private final SocketSession client;
  private final String token;
  private final List<RecordedConnection.Captured> frames = new ArrayList<>();
  private final ForwardedAnswers answers = new ForwardedAnswers();
  /** Set once open; the listener may hear of a failure before. */
  private volatile WebSocket upstream;
  private long startedNanos;
  private boolean ended;

  private SocketPassThrough(Recorder recorder, SocketSession client, String token) {
    this.recorder = recorder;
    this.client = client;
    this.token = token;
  }

  /**
   * Makes the connection a pass-through and forwards its first event; when the upstream cannot
   * be reached, the client gets an {@code error} event (502), the problem is reported and the
   * connection is closed (1011).
   */
  static void start(Recorder recorder, SocketSession session, RecordedRequest request,
      ClientFrame frame, String text, ResponseCapture capture) {
    try {
      SocketPassThrough through = open(recorder, session, Recorder.bearerToken(request));
      session.passThrough(through);
      through.forward(text, frame.streamId(), capture);
    } catch (IOException unreachable) {
      String problem = "WebSocket " + request.path()
          + (request.query().isEmpty() ? "" : "?" + request.query()) + ": the upstream "
          + recorder.recording().upstream() + " did not open a WebSocket ("
          + unreachable.getMessage() + "); nothing recorded";
      recorder.problem(problem);
      request.answered("recorder: " + problem, 502);
      Answer error = Answer.of(Reply.json(502, Recorder.unreachableEnvelope(problem)));
      try {
        session.send(SocketErrors.event(error, frame.streamId()));
      } catch (IOException gone) {
        // closed below all the same
      }
      session.close(1011, "upstream unreachable");
      capture.ended("upstream unreachable");
    }
  }

  /**
   * Opens the upstream's side of a connection.
   *
   * @param recorder the recorder, for the upstream, the client and the cassette
   * @param client the client's connection
   * @param token the client's bearer token, or null
   * @return the pass-through
   * @throws IOException when the upstream cannot be reached or refuses the connection; the
   *     message names the upstream, never the key
   */
  private static SocketPassThrough open(Recorder recorder, SocketSession client, String token)
      throws IOException {
    SocketPassThrough through = new SocketPassThrough(recorder, client, token);
    through.upstream = UpstreamSocket.open(recorder, client.upgrade(), token,
        new UpstreamListener(through));
    return through;
  }

  /**
   * Sends a client's frame upstream, as the client sent it.
   *
   * @param text the frame
   * @param streamId its lane, or null for the default lane
   * @param capture where the journal notes the upstream's answer to it
   */
  void forward(String text, String streamId, ResponseCapture capture) {
    if (!note(true, text)) {
      capture.ended("connection closed");
      return;
    }
    answers.sent(streamId, capture);
    try {
      upstream.sendText(text, true)
          .get(UpstreamSocket.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException failed) {
      upstreamDropped();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      upstreamDropped();
    }
  }

  /** A frame from the upstream: noted, then passed on to the client. */
  void fromUpstream(String text) {
    if (!note(false, text)) {
      return;
    }
    answers.received(text);
    try {
      client.send(text);
    } catch (IOException gone) {
      // the client went away: its close reaches clientClosed, which ends this
    }
  }

  /**
   * The client closed (or dropped) the connection: the upstream is closed the same way.
   *
   * @param code the client's close code, 1006 for a drop
   */
  void clientClosed(int code) {
    boolean dropped = code == 1006;
    if (!end(code, dropped ? "dropped" : "client")) {
      return;
    }
    if (dropped) {
      upstream.abort();
    } else {
      closeUpstream(code, "");
    }
  }

  /** The upstream closed: the client is closed with its code. */
  void upstreamClosed(int code, String reason) {
    if (end(code, "server")) {
      // 1005 says the upstream gave no code: not a code to send on
      client.close(code == 1005 ? WebSocket.NORMAL_CLOSURE : code, reason);
    }
  }

  /** The upstream failed or went without a close frame: the client is dropped too. */
  void upstreamDropped() {
    if (end(1006, "dropped")) {
      client.abort();
      WebSocket socket = upstream;
      if (socket != null) {
        socket.abort();
      }
    }
  }

  /** The server stops: the connection is closed on both sides (1001, going away) and written. */
  void serverStopping() {
    if (end(1001, "server")) {
      closeUpstream(1001, "server stopping");
    }
  }

  private void closeUpstream(int code, String reason) {
    upstream.sendClose(code, reason).whenComplete((socket, refused) -> {
      if (refused != null) {
        // a code a client may not send (1005 "no status", codes servers send): a normal
        // closure stands for it
        upstream.sendClose(WebSocket.NORMAL_CLOSURE, reason);
      }
    });
  }

  /** Notes a frame; false once the connection has ended (the frame is then not passed on). */
  private synchronized boolean note(boolean fromClient, String text) {
    if (ended) {
      return false;
    }
    long now = System.nanoTime();
    if (frames.isEmpty()) {
      startedNanos = now;
    }
    frames.add(new RecordedConnection.Captured(fromClient, now, text));
    return true;
  }

  /** Ends the connection once, writing it; false when it had ended already. */
  private boolean end(int code, String by) {
    RecordedConnection connection;
    synchronized (this) {
      if (ended) {
        return false;
      }
      ended = true;
      long now = System.nanoTime();
      SocketUpgrade upgrade = client.upgrade();
      connection = new RecordedConnection(upgrade.path(), upgrade.query(), frames,
          frames.isEmpty() ? now : startedNanos, new RecordedConnection.Ending(now, code, by));
    }
    answers.ended(by.equals("dropped") ? "connection dropped" : "connection closed by the "
        + by);
    if (!connection.frames().isEmpty()) {
      recorder.record(connection, token);
    }
    return true;
  }
}
