package ai.ope.responses.testkit;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One event the WebSocket mode sends as a text frame: the same JSON an SSE answer carries in the
 * event's {@code data}, so both transports emit identical events (sequence numbers and ids
 * included).
 *
 * @param type the event's type, as the journal names it
 * @param json the event's JSON, without a lane
 * @param recordedDelayMillis the pause before it in a recording, 0 for a rendered event
 */
record ServerFrame(String type, String json, long recordedDelayMillis) {

  /** The events of a rendered answer. */
  static List<ServerFrame> of(List<ResponseStreamEvent> events) {
    List<ServerFrame> frames = new ArrayList<>(events.size());
    for (ResponseStreamEvent event : events) {
      frames.add(new ServerFrame(event.type(), ResponsesJson.toJson(event), 0));
    }
    return frames;
  }

  /** The events of a recorded (or raw scripted) event stream, without its {@code [DONE]}. */
  static List<ServerFrame> recorded(Reply reply) {
    List<ServerFrame> frames = new ArrayList<>();
    List<ServerSentEvent> events =
        ServerSentEvent.parseAll(new String(reply.body, StandardCharsets.UTF_8));
    for (int i = 0; i < events.size(); i++) {
      ServerSentEvent event = events.get(i);
      if (!event.isDone() && event.data() != null) {
        long delay = i < reply.recordedDelaysMillis.size() ? reply.recordedDelaysMillis.get(i) : 0;
        frames.add(new ServerFrame(event.event() == null ? "message" : event.event(),
            event.data(), delay));
      }
    }
    return frames;
  }

  /** The frame's text: the event with the lane added, as the API tags the events of a lane. */
  String withLane(String streamId) {
    int end = json.lastIndexOf('}');
    if (streamId == null || end < 0) {
      return json;
    }
    String head = json.substring(0, end).stripTrailing();
    // a lane is [A-Za-z0-9_.-]: nothing to escape
    return head + (head.endsWith("{") ? "" : ",") + "\"stream_id\":\"" + streamId + "\""
        + json.substring(end);
  }
}
