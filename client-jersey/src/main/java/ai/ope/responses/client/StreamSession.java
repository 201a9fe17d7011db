package ai.ope.responses.client;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.stream.ErrorEvent;
import ai.ope.responses.api.stream.ResponseAccumulator;
import ai.ope.responses.api.stream.ResponseFailedEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Reads one response's events, one at a time, on the caller's thread: parses each frame, folds it
 * into the accumulator, turns an error or failure into its exception, and tells a complete stream
 * from one cut short. A background response's stream that breaks is resumed after its last
 * sequence number, so the caller sees each event once.
 */
final class StreamSession {

  /** Opens the stream of a background response again, after a sequence number. */
  @FunctionalInterface
  interface Resumer {
    OpenedStream resume(String responseId, int startingAfter);
  }

  private final ResponseAccumulator accumulator = new ResponseAccumulator();
  private final Resumer resumer;
  private final int maxResumes;
  private final Duration idleTimeout;
  private final UnaryOperator<String> masker;
  private final StreamNotifier notifier;
  private volatile OpenedStream current;
  private volatile boolean closed;
  /** Whether the current frame of the current stream is still to be delivered. */
  private boolean pending;
  private boolean finished;
  private boolean terminalSeen;
  private boolean resumed;
  private int resumes;

  /**
   * A session over an opened stream.
   *
   * @param opened the stream, its first frame read
   * @param resumer how to resume it, or null when it cannot be (not a background response)
   * @param maxResumes how many times in a row it may be resumed
   * @param idleTimeout the idle timeout in force, for messages
   * @param masker masks secrets in what the exceptions carry (a server may echo the key)
   * @param notifier tells the listeners of each event delivered and of the end
   */
  StreamSession(OpenedStream opened, Resumer resumer, int maxResumes, Duration idleTimeout,
      UnaryOperator<String> masker, StreamNotifier notifier) {
    this.masker = masker;
    this.notifier = notifier;
    this.current = opened;
    this.pending = true;
    this.resumer = resumer;
    this.maxResumes = maxResumes;
    this.idleTimeout = idleTimeout;
  }

  /**
   * A session over the frames of a response sent on a socket, whose first frame is yet to come;
   * it is never resumed (a socket response cannot be).
   */
  static StreamSession overSocket(SocketFrames frames, Duration idleTimeout,
      UnaryOperator<String> masker, StreamNotifier notifier) {
    StreamSession session = new StreamSession(new OpenedStream(frames, null, 101,
        java.util.Map.of()), null, 0, idleTimeout, masker, notifier);
    session.pending = false;
    return session;
  }

  /**
   * The next event, waiting for it.
   *
   * @return the event; null once the stream has ended with a terminal event or was closed
   * @throws StreamException when the stream ends any other way
   */
  ResponseStreamEvent next() {
    ResponseStreamEvent event;
    try {
      event = read();
    } catch (RuntimeException failure) {
      notifier.end(new StreamEnd(StreamEnd.Reason.FAILED, accumulator.partialResponse(),
          failure));
      throw failure;
    }
    if (event != null) {
      notifier.event(event);
      if (event.isTerminal()) {
        notifier.end(new StreamEnd(StreamEnd.Reason.COMPLETED,
            accumulator.finalResponse().orElse(accumulator.response()), null));
      }
    }
    return event;
  }

  /** The next event, or null at the end; the listeners are told by {@link #next()}. */
  private ResponseStreamEvent read() {
    while (!finished) {
      if (closed) {
        // events already read into the buffer are not delivered after close()
        finish();
        return null;
      }
      boolean framed = nextFrame();
      EventFrames frame = current.frames();
      if (!framed || frame.isDone()) {
        if (closed || terminalSeen) {
          finish();
          return null;
        }
        if (!framed && resume(null)) {
          continue;
        }
        finish();
        throw interrupted(!framed ? "the connection closed" : "the server sent [DONE]", null);
      }
      ResponseStreamEvent event = parse(frame);
      Integer sequence = event.sequenceNumber();
      Integer last = accumulator.lastSequenceNumber().orElse(null);
      if (resumed && sequence != null && last != null && sequence <= last) {
        continue; // already delivered before the stream was resumed
      }
      accumulator.accept(event);
      if (sequence != null && last != null && sequence != last + 1) {
        reportGap(last, sequence);
      }
      if (event instanceof ErrorEvent error) {
        finish();
        ErrorEvent masked = masked(error);
        Integer status = SocketErrors.status(masked);
        if (status != null) {
          throw SocketErrors.exception(status, masked, masker);
        }
        throw new StreamErrorException(describe(masked), masked, accumulator.partialResponse(),
            sequence, requestId());
      }
      if (event instanceof ResponseFailedEvent failed) {
        finish();
        ResponseFailedEvent masked = masked(failed);
        throw new ResponseFailedException(describe(masked), masked.response(),
            accumulator.partialResponse(), sequence, requestId());
      }
      terminalSeen |= event.isTerminal();
      resumes = 0;
      return event;
    }
    return null;
  }

  /** The event with anything key-like masked: it travels in an exception, maybe to a log. */
  @SuppressWarnings("unchecked")
  private <E extends ResponseStreamEvent> E masked(E event) {
    String json = ResponsesJson.toJson(event);
    String masked = masker.apply(json);
    return masked.equals(json) ? event : (E) ResponsesJson.parseEvent(null, masked);
  }

  /** Moves to the next frame of the current stream; false when it ended. */
  private boolean nextFrame() {
    if (pending) {
      pending = false;
      return true;
    }
    try {
      return current.frames().advance();
    } catch (IOException e) {
      if (closed || terminalSeen) {
        return false; // closed by the caller, or nothing more was due
      }
      if (!resume(e)) {
        finish();
        throw interrupted(idle(e) ? "no data arrived for " + idleTimeout
            : "the connection failed (" + e + ")", e);
      }
      pending = false; // the resumed stream's first frame is the current one
      return true;
    }
  }

  private ResponseStreamEvent parse(EventFrames frame) {
    try {
      return frame.decode();
    } catch (ResponsesJsonException e) {
      finish();
      throw new MalformedEventException(masker.apply("event " + (accumulator.eventCount() + 1)
          + " of the stream" + named(frame) + " cannot be read: " + e.getMessage()),
          accumulator.partialResponse(), accumulator.lastSequenceNumber().orElse(null),
          requestId(), null); // the parser's message, masked, is in this one's; its excerpt is not
    }
  }

  /** Resumes a background response's stream after its last event; false when it cannot. */
  private boolean resume(IOException cause) {
    String id = accumulator.responseId().orElse(null);
    Integer last = accumulator.lastSequenceNumber().orElse(null);
    if (resumer == null || closed || id == null || last == null || resumes >= maxResumes) {
      return false;
    }
    resumes++;
    current.frames().close();
    LoggingFilter.LOG.log(System.Logger.Level.INFO, () -> "resuming the stream of " + id
        + " after event " + last + " (" + (cause == null ? "the connection closed" : cause)
        + ")");
    try {
      OpenedStream reopened = resumer.resume(id, last);
      current = reopened;
      pending = true;
      resumed = true;
      if (closed) {
        reopened.frames().close(); // closed while resuming
      }
      return true;
    } catch (ResponsesException failed) {
      LoggingFilter.LOG.log(System.Logger.Level.WARNING,
          () -> "cannot resume the stream of " + id + ": " + failed.getMessage());
      return false;
    }
  }

  /** Events lost on the way: worth a warning, not an end (the accumulator lists them too). */
  private void reportGap(int last, int sequence) {
    LoggingFilter.LOG.log(System.Logger.Level.WARNING, () -> "events are missing from the"
        + " stream" + accumulator.responseId().map(id -> " of " + id).orElse("") + ": after "
        + last + " came " + sequence);
  }

  private StreamInterruptedException interrupted(String why, IOException cause) {
    String id = accumulator.responseId().map(known -> " of " + known).orElse("");
    String last = accumulator.lastSequenceNumber().map(number -> ", the last numbered "
        + number).orElse("");
    return new StreamInterruptedException(masker.apply("the stream" + id
        + " stopped before a terminal event: " + why + " after " + accumulator.eventCount()
        + " event(s)" + last),
        accumulator.partialResponse(), accumulator.lastSequenceNumber().orElse(null),
        requestId(), cause != null && idle(cause), cause);
  }

  private static boolean idle(IOException cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String describe(ErrorEvent error) {
    String code = error.errorCode();
    return "the stream ended with an error" + (code == null ? "" : " (" + code + ")") + ": "
        + error.errorMessage();
  }

  private static String describe(ResponseFailedEvent failed) {
    var error = failed.response() == null ? null : failed.response().error();
    return "the response failed" + (error == null ? ""
        : (error.code() == null ? "" : " (" + error.code() + ")") + ": " + error.message());
  }

  private static String named(EventFrames frame) {
    return frame.eventName() == null ? "" : " (" + frame.eventName() + ")";
  }

  private void finish() {
    finished = true;
    current.frames().close();
  }

  /**
   * Stops reading from any thread: a read blocked in another thread ends at once.
   *
   * @param reason {@link StreamEnd.Reason#CLOSED} or {@link StreamEnd.Reason#CANCELLED}, told
   *     to the listeners unless the stream had ended already
   */
  void close(StreamEnd.Reason reason) {
    closed = true;
    current.frames().close();
    notifier.end(new StreamEnd(reason, null, null));
  }

  boolean isClosed() {
    return closed;
  }

  ResponseAccumulator accumulator() {
    return accumulator;
  }

  String requestId() {
    return current.requestId();
  }
}
