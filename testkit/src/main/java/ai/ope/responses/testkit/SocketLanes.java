package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code response.create} events of a WebSocket connection still waiting for the end of
 * their answers, lane by lane. Lanes are first in, first out (spec §7.6): a server event answers
 * the oldest unanswered event of the lane its {@code stream_id} names, until that answer's
 * terminal event. Replay ({@link SocketTurns}), the lint ({@link SocketTurnLint}) and the
 * recorder's journal ({@link ForwardedAnswers}) follow a connection with it. Not thread-safe.
 *
 * @param <T> what is kept for each waiting event
 */
final class SocketLanes<T> {

  /** The events that end an answer. */
  static final Set<String> TERMINAL =
      Set.of("response.completed", "response.failed", "response.incomplete", "error");

  private final Map<String, Deque<T>> waiting = new LinkedHashMap<>();

  /**
   * An event was sent.
   *
   * @param lane its lane, {@code ""} or null for the default one
   * @param event what is kept for it
   */
  void sent(String lane, T event) {
    waiting.computeIfAbsent(lane == null ? "" : lane, none -> new ArrayDeque<>()).add(event);
  }

  /**
   * The waiting event a server event answers; when the server event ends the answer (its type is
   * {@link #TERMINAL}), that event waits no more.
   *
   * @return the event, or null when none waits on the server event's lane
   */
  T answering(JsonObject serverEvent) {
    Deque<T> queue = waiting.get(lane(serverEvent));
    if (queue == null || queue.isEmpty()) {
      return null;
    }
    if (serverEvent.get("type") instanceof JsonString type
        && TERMINAL.contains(type.getString())) {
      return queue.poll();
    }
    return queue.peek();
  }

  /** The events still waiting, lane by lane in the order the lanes were first used; forgotten. */
  List<T> drain() {
    List<T> left = new ArrayList<>();
    waiting.values().forEach(left::addAll);
    waiting.clear();
    return left;
  }

  /** The lane a server event names: its {@code stream_id} when a string, else {@code ""}. */
  static String lane(JsonObject serverEvent) {
    return serverEvent.get("stream_id") instanceof JsonString id ? id.getString() : "";
  }
}
