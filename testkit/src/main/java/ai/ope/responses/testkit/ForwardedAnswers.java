package ai.ope.responses.testkit;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal's view of a connection passed through to the upstream: each upstream frame is
 * noted in the capture of the event it answers, so the journal and the inspector show a
 * forwarded event's answer as they show one the fake made. Lanes are first in, first out
 * (spec §7.6): a frame answers the oldest unanswered event of the lane its {@code stream_id}
 * names, until that answer's terminal event.
 */
final class ForwardedAnswers {

  private static final Map<String, List<String>> STREAM_HEADERS =
      Map.of("content-type", List.of("text/event-stream; charset=utf-8"));
  private static final Map<String, List<String>> ERROR_HEADERS =
      Map.of("content-type", List.of("application/json"));

  /** An event's answer being noted. */
  private static final class Pending {
    final ResponseCapture capture;
    boolean started;

    Pending(ResponseCapture capture) {
      this.capture = capture;
    }
  }

  private final Map<String, Deque<Pending>> lanes = new HashMap<>();

  /** An event went upstream on this lane (null: the default lane). */
  synchronized void sent(String streamId, ResponseCapture capture) {
    lanes.computeIfAbsent(streamId == null ? "" : streamId, lane -> new ArrayDeque<>())
        .add(new Pending(capture));
  }

  /** A frame came from the upstream: noted in the capture of the event it answers. */
  synchronized void received(String text) {
    Optional<JsonObject> event = Json.parse(text).filter(JsonObject.class::isInstance)
        .map(JsonValue::asJsonObject);
    if (event.isEmpty()) {
      return;
    }
    String lane = event.get().get("stream_id") instanceof JsonString named
        ? named.getString() : "";
    Deque<Pending> waiting = lanes.get(lane);
    Pending answer = waiting == null ? null : waiting.peek();
    if (answer == null) {
      return; // a frame no event asked for: nothing in the journal to note it in
    }
    String type = event.get().get("type") instanceof JsonString named
        ? named.getString() : "message";
    boolean error = type.equals("error");
    if (!answer.started) {
      answer.started = true;
      answer.capture.headersSent(error ? statusOf(event.get()) : 200,
          error ? ERROR_HEADERS : STREAM_HEADERS);
    }
    byte[] noted = (error ? text : "event: " + type + "\ndata: " + text + "\n\n")
        .getBytes(StandardCharsets.UTF_8);
    answer.capture.wrote(noted, 0, noted.length);
    if (SocketTurns.TERMINAL.contains(type)) {
      answer.capture.ended("complete");
      waiting.poll();
    }
  }

  /** The connection ended: answers still open end as described. */
  synchronized void ended(String how) {
    lanes.values().forEach(waiting -> waiting.forEach(answer -> answer.capture.ended(how)));
    lanes.clear();
  }

  private static int statusOf(JsonObject event) {
    return event.get("status") instanceof JsonNumber number && number.isIntegral()
        ? number.intValue() : 400;
  }
}
