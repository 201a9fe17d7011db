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
 * violation): with a wrong key no event could be answered.
 *
 * <p>On a recording server, the connection's first {@code response.create} event decides: when
 * something answers it (a stub, a queued reply, a cassette), the connection replays, and a later
 * event nothing answers gets an {@code error} event (it cannot be forwarded mid-connection, the
 * upstream would lack the connection's earlier turns); when nothing does, the whole connection
 * is passed through to the upstream and recorded ({@link SocketPassThrough}).
 */
final class ResponsesSocketHandler implements SocketHandler {

  private static final System.Logger LOG = System.getLogger("ai.ope.responses.testkit");
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final String FORWARDED = "recorder: forwarded to the upstream";

  private final ServerConfig config;
  private final Journal journal;
  private final Dispatcher dispatcher;
  private final SocketAnswerWriter writer;
  private final Recorder recorder;
  private final Map<SocketConnection, SocketSession> sessions = new ConcurrentHashMap<>();
  private final ThreadFactory threads = task -> {
    Thread thread = new Thread(task, "fake-responses-socket-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  };

  ResponsesSocketHandler(ServerConfig config, Journal journal, Dispatcher dispatcher,
      Recorder recorder) {
    this.config = config;
    this.recorder = recorder;
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
        upgrade.query(), upgrade.headers(), frame.body(),
        config.clock().instant(), true, frame.streamId(), frame.warmUp());
    ResponseCapture capture = new ResponseCapture(arrived);
    request.capture(capture);
    journal.add(request);
    SocketPassThrough through = session.passThrough();
    if (through != null) {
      request.answered(FORWARDED, 0);
      through.forward(text, frame.streamId(), capture);
      config.onAnswered().accept(request);
      return;
    }
    Answer answer = decide(frame, request);
    boolean first = frame.refusal() == null && session.decide();
    if (answer == null && first) {
      SocketPassThrough.start(recorder, session, request, frame, text, capture);
      config.onAnswered().accept(request);
      return;
    }
    Answer sent = answer != null ? answer : notForwarded(request);
    session.submit(frame.streamId(), () -> {
      try {
        writer.write(session, sent, frame.streamId(), capture);
      } finally {
        capture.ended("client went away");
        config.onAnswered().accept(request);
      }
    });
  }

  /** What answers the event, noted on the request, or null to forward it; never throws. */
  private Answer decide(ClientFrame frame, RecordedRequest request) {
    try {
      if (frame.refusal() != null) {
        request.answered("WebSocket protocol: " + frame.refusal().errorMessage().orElse(""),
            frame.refusal().status());
        return frame.refusal();
      }
      // null: a recording server would forward it
      return frame.warmUp() ? dispatcher.warmUp(request) : dispatcher.answer(request);
    } catch (RuntimeException failure) {
      LOG.log(System.Logger.Level.WARNING, "The fake server failed to answer a WebSocket event",
          failure);
      request.answered("failure of the fake server: " + failure, 500);
      return serverError("The fake server failed to answer this event ("
          + ApiErrors.shown(String.valueOf(failure)) + "); see its log.");
    }
  }

  /** The answer to an event nothing answers on a connection that replays. */
  private static Answer notForwarded(RecordedRequest request) {
    String message = "Nothing answers this event, and it cannot be forwarded to the upstream:"
        + " this connection replays (its first event was answered without the upstream), and"
        + " the upstream would lack its earlier turns. Open a new connection to record it.";
    request.answered("recorder: not forwarded mid-connection", 400);
    return Answer.invalidRequest(400, message, null, "unmatched_request");
  }

  private static Answer serverError(String message) {
    return Answer.of(Reply.json(500, ApiErrors.envelope(message, "server_error", null,
        "server_error")));
  }

  @Override
  public void closed(SocketConnection connection, int code) {
    SocketSession session = sessions.remove(connection);
    if (session != null) {
      SocketPassThrough through = session.passThrough();
      if (through != null) {
        through.clientClosed(code);
      }
      session.stop();
    }
  }

  /** Closes every open connection, as the server stops (1001: going away). */
  void closeAll() {
    for (SocketConnection connection : List.copyOf(sessions.keySet())) {
      SocketSession session = sessions.remove(connection);
      if (session != null) {
        SocketPassThrough through = session.passThrough();
        if (through != null) {
          // written before the server's close returns
          through.serverStopping();
        }
        session.close(1001, "server stopping");
        session.stop();
      }
    }
  }
}
