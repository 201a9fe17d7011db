package ai.ope.responses.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts an {@link Answer} on a WebSocket: each event of the stream an HTTP client would get as
 * one text frame (with the request's {@code stream_id}), an error as the WebSocket {@code error}
 * event. The reply's faults map onto the socket: the pause before the headers comes before the
 * first frame, the pause between events between frames, a cut drops the connection after that
 * many frames, a stall sends nothing more on that lane until the connection ends, and a reset
 * drops it before any frame. Faults below events ({@code writeSize}, {@code drip},
 * {@code resetAfterBytes}) shape HTTP bytes and do not apply to frames.
 *
 * <p>What goes out is noted in the request's capture as an event stream (each frame as the
 * {@code data} of an event of its type), so the journal and the inspector show it as they show
 * an SSE answer.
 */
final class SocketAnswerWriter {

  /** Thrown when the server stops the connection while an answer waits. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped", null, false, false);
    }
  }

  /** The headers the journal shows for an answer sent as frames. */
  static final Map<String, List<String>> STREAM_HEADERS =
      Map.of("content-type", List.of("text/event-stream; charset=utf-8"));
  /** The headers the journal shows for an answer sent as an {@code error} event alone. */
  static final Map<String, List<String>> ERROR_HEADERS =
      Map.of("content-type", List.of("application/json"));

  /** Frames sent in one write, up to about this many characters: a few TCP segments. */
  private static final int BATCH_CHARS = 32 * 1024;

  private final Pacing pacing;

  SocketAnswerWriter(double replaySpeed) {
    this.pacing = new Pacing(replaySpeed);
  }

  /** Sends the answer; never throws, noting in the capture how it ended. */
  void write(SocketSession session, Answer answer, String streamId, ResponseCapture capture) {
    Reply reply = answer.reply();
    try {
      pause(reply.delayBeforeHeaders.toMillis());
      if (reply.kind == Reply.Kind.RESET) {
        capture.ended("connection reset");
        session.abort();
        return;
      }
      if (answer.outcome() instanceof Outcome.Events stream) {
        writeFrames(session, ServerFrame.of(stream.events()), reply, streamId, capture);
      } else if (reply.eventStream) {
        // before the status: a recorded WebSocket error is an event stream of its error frame
        writeFrames(session, ServerFrame.recorded(reply), reply, streamId, capture);
      } else if (answer.status() >= 400) {
        sendError(session, answer.status(), SocketErrors.event(answer, streamId), capture);
      } else {
        sendError(session, 500, SocketErrors.serverError("The reply for this request is a JSON"
            + " body (HTTP " + answer.status() + "), which has no events to send over a"
            + " WebSocket; script a response or an event stream instead.", streamId), capture);
      }
    } catch (IOException gone) {
      capture.ended("client went away");
    } catch (Stopped stopped) {
      capture.ended("connection closed");
    }
  }

  private void writeFrames(SocketSession session, List<ServerFrame> frames, Reply reply,
      String streamId, ResponseCapture capture) throws IOException {
    capture.headersSent(200, STREAM_HEADERS);
    int next = 0;
    while (next < frames.size()) {
      interruptIfDue(session, reply, next, capture);
      pause(pauseBefore(frames.get(next), reply));
      // the frames due at once go out together, as an SSE answer's events share its writes
      List<ServerFrame> batch = new ArrayList<>();
      int length = 0;
      do {
        batch.add(frames.get(next));
        length += frames.get(next).json().length();
        next++;
      } while (next < frames.size() && length < BATCH_CHARS && pauseBefore(frames.get(next),
          reply) == 0 && reply.stallAfterEvents != next && reply.cutAfterEvents != next);
      List<String> texts = new ArrayList<>(batch.size());
      batch.forEach(frame -> texts.add(frame.withLane(streamId)));
      session.sendAll(texts);
      for (int i = 0; i < batch.size(); i++) {
        noteEvent(capture, batch.get(i).type(), texts.get(i));
      }
    }
    interruptIfDue(session, reply, frames.size(), capture);
    capture.ended("complete");
  }

  private long pauseBefore(ServerFrame frame, Reply reply) {
    return pacing.scaled(frame.recordedDelayMillis()) + reply.delayBetweenEvents.toMillis();
  }

  private static void interruptIfDue(SocketSession session, Reply reply, int sent,
      ResponseCapture capture) {
    if (reply.stallAfterEvents == sent) {
      capture.ended("stalled after " + sent + " events, until the connection ended");
      // silent but open, until the connection ends (which interrupts this thread)
      pause(Long.MAX_VALUE);
    }
    if (reply.cutAfterEvents == sent) {
      capture.ended("cut by a fault after " + sent + " events");
      // a moment for the frames already sent to reach the client before the drop
      if (sent > 0) {
        pause(Pacing.CUT_GRACE_MILLIS);
      }
      session.abort();
      throw new Stopped();
    }
  }

  /** Sends an answer that is an {@code error} event alone, journaled as a JSON body. */
  private static void sendError(SocketSession session, int status, String event,
      ResponseCapture capture) throws IOException {
    capture.headersSent(status, ERROR_HEADERS);
    session.send(event);
    note(capture, event);
    capture.ended("complete");
  }

  /**
   * Journals a frame sent as part of an answer ({@link #STREAM_HEADERS}): as the {@code data} of
   * an event of its type, as an SSE answer shows it.
   */
  static void noteEvent(ResponseCapture capture, String type, String text) {
    note(capture, "event: " + type + "\ndata: " + text + "\n\n");
  }

  /** Journals text sent, encoded once. */
  static void note(ResponseCapture capture, String text) {
    byte[] sent = text.getBytes(StandardCharsets.UTF_8);
    capture.wrote(sent, 0, sent.length);
  }

  private static void pause(long millis) {
    if (!Pacing.pause(millis)) {
      throw new Stopped();
    }
  }
}
