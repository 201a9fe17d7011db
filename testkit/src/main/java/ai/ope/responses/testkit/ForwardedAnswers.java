package ai.ope.responses.testkit;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * The journal's view of a connection passed through to the upstream: each upstream frame is
 * noted in the capture of the event it answers ({@link SocketLanes}), so the journal and the
 * inspector show a forwarded event's answer as they show one the fake made.
 */
final class ForwardedAnswers {

  /** An event's answer being noted. */
  private static final class Pending {
    final ResponseCapture capture;
    boolean started;

    Pending(ResponseCapture capture) {
      this.capture = capture;
    }
  }

  private final SocketLanes<Pending> lanes = new SocketLanes<>();

  /** An event went upstream on this lane (null: the default lane). */
  synchronized void sent(String streamId, ResponseCapture capture) {
    lanes.sent(streamId, new Pending(capture));
  }

  /** A frame came from the upstream: noted in the capture of the event it answers. */
  synchronized void received(String text) {
    Optional<JsonObject> event = Json.parse(text).filter(JsonObject.class::isInstance)
        .map(JsonValue::asJsonObject);
    if (event.isEmpty()) {
      return;
    }
    Pending answer = lanes.answering(event.get());
    if (answer == null) {
      return; // a frame no event asked for: nothing in the journal to note it in
    }
    String type = event.get().get("type") instanceof JsonString named
        ? named.getString() : "message";
    boolean error = type.equals("error");
    if (!answer.started) {
      answer.started = true;
      answer.capture.headersSent(error ? statusOf(event.get()) : 200,
          error ? SocketAnswerWriter.ERROR_HEADERS : SocketAnswerWriter.STREAM_HEADERS);
    }
    if (error) {
      SocketAnswerWriter.note(answer.capture, text);
    } else {
      SocketAnswerWriter.noteEvent(answer.capture, type, text);
    }
    if (SocketLanes.TERMINAL.contains(type)) {
      answer.capture.ended("complete");
    }
  }

  /** The connection ended: answers still open end as described. */
  synchronized void ended(String how) {
    lanes.drain().forEach(answer -> answer.capture.ended(how));
  }

  private static int statusOf(JsonObject event) {
    return event.get("status") instanceof JsonNumber number && number.isIntegral()
        ? number.intValue() : 400;
  }
}
