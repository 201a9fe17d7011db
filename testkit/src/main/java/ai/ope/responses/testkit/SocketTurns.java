package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a recorded WebSocket connection into its turns: each {@code response.create} event the
 * client sent, answered by the server's frames on its lane up to that answer's terminal event
 * ({@link SocketLanes}). Each turn's answer is kept as an event stream with the recorded pauses:
 * the first after the client's frame, the others after the turn's frame before. An answer the
 * recording holds no end of (the connection ended first) is replayed up to where it stopped, and
 * then the connection is dropped.
 */
final class SocketTurns {

  private static final Map<String, String> STREAM_HEADERS =
      Map.of("content-type", "text/event-stream; charset=utf-8");

  private SocketTurns() {}

  /** A turn being assembled. */
  private static final class Open {
    final ClientFrame event;
    final long sentAt;
    final StringBuilder stream = new StringBuilder();
    final List<Long> delays = new ArrayList<>();
    long lastAt;
    String lastType;
    int errorStatus;

    Open(ClientFrame event, long sentAt) {
      this.event = event;
      this.sentAt = sentAt;
      this.lastAt = sentAt;
    }
  }

  /**
   * The turns of a connection, in the order their events were sent.
   *
   * @param name the connection's folder name, for messages
   * @param transcript the connection
   * @return the turns
   */
  static List<SocketTurn> of(String name, SocketTranscript transcript) {
    List<Open> turns = new ArrayList<>();
    SocketLanes<Open> unanswered = new SocketLanes<>();
    long now = 0;
    for (SocketTranscript.Frame frame : transcript.frames()) {
      now += frame.pauseMillis();
      if (frame.fromClient()) {
        Open turn = new Open(ClientFrame.read(frame.text()), now);
        turns.add(turn);
        unanswered.sent(turn.event.streamId(), turn);
        continue;
      }
      Optional<JsonObject> event = Json.parse(frame.text()).filter(JsonObject.class::isInstance)
          .map(JsonValue::asJsonObject);
      Open turn = event.map(unanswered::answering).orElse(null);
      // null for a frame no event asked for: the lint reports it, replay has no use for it
      if (turn != null) {
        add(turn, event.get(), now);
      }
    }
    List<SocketTurn> result = new ArrayList<>(turns.size());
    for (int i = 0; i < turns.size(); i++) {
      result.add(turn(name + " event " + (i + 1), transcript, turns.get(i)));
    }
    return result;
  }

  private static void add(Open turn, JsonObject event, long at) {
    String type = event.get("type") instanceof JsonString named ? named.getString() : "message";
    turn.delays.add(at - turn.lastAt);
    turn.lastAt = at;
    turn.lastType = type;
    appendEvent(turn.stream, type, event);
    if (type.equals("error")) {
      turn.errorStatus = statusOf(event);
    }
  }

  /**
   * Appends a server event to an answer as the event stream replay serves: without its lane,
   * which is the replaying client's to choose. The lint checks answers rendered so.
   */
  static void appendEvent(StringBuilder stream, String type, JsonObject event) {
    String data = event.containsKey("stream_id")
        ? Json.PROVIDER.createObjectBuilder(event).remove("stream_id").build().toString()
        : event.toString();
    stream.append("event: ").append(type).append("\ndata: ").append(data).append("\n\n");
  }

  /** The HTTP status an {@code error} event stands for, for the journal; 400 when unsaid. */
  private static int statusOf(JsonObject event) {
    JsonValue status = event.get("status");
    if (status instanceof jakarta.json.JsonNumber number && number.isIntegral()
        && number.intValue() >= 400 && number.intValue() <= 599) {
      return number.intValue();
    }
    return 400;
  }

  private static SocketTurn turn(String name, SocketTranscript transcript, Open turn) {
    Map<String, String> headers = new LinkedHashMap<>(STREAM_HEADERS);
    Reply reply = Reply.recorded(turn.errorStatus == 0 ? 200 : turn.errorStatus, headers,
        turn.stream.toString().getBytes(StandardCharsets.UTF_8), true, turn.delays);
    boolean answered = SocketLanes.TERMINAL.contains(turn.lastType);
    if (!answered) {
      // the connection ended mid-answer: replay ends it there too, rather than leave the
      // client waiting for events that never came
      reply = reply.withCutAfterEvents(turn.delays.size());
    }
    Interaction interaction = new Interaction(name, "POST", transcript.path(),
        transcript.query(), new String(turn.event.body(), StandardCharsets.UTF_8), reply);
    return new SocketTurn(interaction, turn.event.warmUp());
  }
}
