package ai.ope.responses.testkit;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake server's WebSocket mode on {@code /v1/responses} (spec §7.6): each
 * {@code response.create} event is answered as {@code POST /v1/responses} would be, by the same
 * {@link Dispatcher} (scripted replies and stubs, cassettes, the protocol checks, validation, the
 * built-in model, stored responses and {@code previous_response_id}), and journaled like it,
 * marked {@link RecordedRequest#overWebSocket()}. The answer's events go out one text frame each,
 * tagged with the event's {@code stream_id}; a refusal goes out as the WebSocket {@code error}
 * event, and the connection stays open for the next event.
 *
 * <p>Decided in arrival order, so queued replies are used in the order the events came, whatever
 * their lanes; sent per lane, first in first out, lanes side by side ({@link SocketSession}).
 *
 * <p>When the server requires a key and the request that opened the connection lacks it, the
 * client gets the 401's {@code error} event and the connection is closed with 1008 (policy
 * violation): with a wrong key no event could be answered. A recording server does not forward
 * WebSocket events to its upstream: they get a {@code server_error} event.
 */
final class ResponsesSocketHandler implements SocketHandler {

  private static final System.Logger LOG = System.getLogger("ai.ope.responses.testkit");
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ServerConfig config;
  private final Journal journal;
  private final Dispatcher dispatcher;
  private final SocketAnswerWriter writer;
  private final Map<SocketConnection, SocketSession> sessions = new ConcurrentHashMap<>();
  private final ThreadFactory threads = task -> {
    Thread thread = new Thread(task, "fake-responses-socket-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  };

  ResponsesSocketHandler(ServerConfig config, Journal journal, Dispatcher dispatcher) {
    this.config = config;
    this.journal = journal;
    this.dispatcher = dispatcher;
    this.writer = new SocketAnswerWriter(config.replaySpeed());
  }

  @Override
  public void opened(SocketConnection connection, SocketUpgrade upgrade) {
    RecordedRequest opening = new RecordedRequest(0, "GET", upgrade.path(), "",
        upgrade.headers(), new byte[0], config.clock().instant());
    Answer unauthorized = dispatcher.authenticationError(opening);
    if (unauthorized != null) {
      try {
        connection.send(SocketErrors.event(unauthorized, null));
      } catch (IOException gone) {
        // closed below all the same
      }
      connection.close(1008, "missing or incorrect API key");
      return;
    }
    sessions.put(connection, new SocketSession(connection, upgrade, threads));
  }

  @Override
  public void received(SocketConnection connection, String text) {
    SocketSession session = sessions.get(connection);
    if (session == null) {
      return;
    }
    long arrived = System.nanoTime();
    ClientFrame frame = ClientFrame.read(text);
    SocketUpgrade upgrade = session.upgrade();
    RecordedRequest request = new RecordedRequest(journal.nextSequence(), "POST", upgrade.path(),
        upgrade.query() == null ? "" : upgrade.query(), upgrade.headers(), frame.body(),
        config.clock().instant(), true, frame.streamId(), frame.warmUp());
    ResponseCapture capture = new ResponseCapture(arrived);
    request.capture(capture);
    journal.add(request);
    Answer answer = decide(frame, request);
    session.submit(frame.streamId(), () -> {
      try {
        writer.write(session, answer, frame.streamId(), capture);
      } finally {
        capture.ended("client went away");
        config.onAnswered().accept(request);
      }
    });
  }

  /** What answers the event, noted on the request; never throws. */
  private Answer decide(ClientFrame frame, RecordedRequest request) {
    try {
      if (frame.refusal() != null) {
        request.answered("WebSocket protocol: " + frame.refusal().errorMessage().orElse(""),
            frame.refusal().status());
        return frame.refusal();
      }
      Answer answer = frame.warmUp() ? dispatcher.warmUp(request) : dispatcher.answer(request);
      if (answer == null) {
        request.answered("recorder: WebSocket events are not forwarded", 500);
        return serverError("This fake server records over HTTP only: it does not forward"
            + " WebSocket events to its upstream.");
      }
      return answer;
    } catch (RuntimeException failure) {
      LOG.log(System.Logger.Level.WARNING, "The fake server failed to answer a WebSocket event",
          failure);
      request.answered("failure of the fake server: " + failure, 500);
      return serverError("The fake server failed to answer this event ("
          + ApiErrors.shown(String.valueOf(failure)) + "); see its log.");
    }
  }

  private static Answer serverError(String message) {
    return Answer.of(Reply.json(500, ApiErrors.envelope(message, "server_error", null,
        "server_error")));
  }

  @Override
  public void closed(SocketConnection connection, int code) {
    SocketSession session = sessions.remove(connection);
    if (session != null) {
      session.stop();
    }
  }

  /** Closes every open connection, as the server stops (1001: going away). */
  void closeAll() {
    for (SocketConnection connection : List.copyOf(sessions.keySet())) {
      SocketSession session = sessions.remove(connection);
      if (session != null) {
        session.close(1001, "server stopping");
        session.stop();
      }
    }
  }
}
