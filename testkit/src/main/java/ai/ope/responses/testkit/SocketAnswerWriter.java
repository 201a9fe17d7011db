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

  private static final Map<String, List<String>> STREAM_HEADERS =
      Map.of("content-type", List.of("text/event-stream; charset=utf-8"));
  private static final Map<String, List<String>> ERROR_HEADERS =
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
        String event = SocketErrors.event(answer, streamId);
        capture.headersSent(answer.status(), ERROR_HEADERS);
        session.send(event);
        noteSent(capture, event);
        capture.ended("complete");
      } else {
        String event = SocketErrors.serverError("The reply for this request is a JSON body"
            + " (HTTP " + answer.status() + "), which has no events to send over a WebSocket;"
            + " script a response or an event stream instead.", streamId);
        capture.headersSent(500, ERROR_HEADERS);
        session.send(event);
        noteSent(capture, event);
        capture.ended("complete");
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
        byte[] noted = bytes("event: " + batch.get(i).type() + "\ndata: " + texts.get(i) + "\n\n");
        capture.wrote(noted, 0, noted.length);
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

  /** Journals a frame sent, encoded once. */
  private static void noteSent(ResponseCapture capture, String text) {
    byte[] sent = bytes(text);
    capture.wrote(sent, 0, sent.length);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void pause(long millis) {
    if (!Pacing.pause(millis)) {
      throw new Stopped();
    }
  }


}
