package ai.ope.responses.client;

import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.stream.ErrorEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.UnknownStreamEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The responses of one socket waiting for their events, by lane: the server answers the requests
 * of one {@code stream_id} in order (those without one form the default lane), so an event goes
 * to the oldest unfinished response of its lane, which its terminal event finishes. A response
 * its reader gave up on stays at the head of its lane until its terminal event, so that the
 * lane's next response never receives its events.
 */
final class SocketLanes {

  private static final String DEFAULT_LANE = "";

  /** The {@code extra} accessor of each event record, where unmodelled members are kept. */
  private static final ClassValue<Method> EXTRA = new ClassValue<>() {
    @Override
    protected Method computeValue(Class<?> type) {
      try {
        return type.getMethod("extra");
      } catch (NoSuchMethodException none) {
        return null;
      }
    }
  };

  private final Map<String, Deque<SocketFrames>> lanes = new HashMap<>();
  /** Every waiting response, oldest first: where an event naming no known lane goes. */
  private final Deque<SocketFrames> waiting = new ArrayDeque<>();
  /** Why the socket dropped, once it has: a response added after that fails at once. */
  private IOException dropped;
  /**
   * An {@code error} event that came when no response waited (a server refusing the connection
   * itself, such as a wrong key, says so before any request): the answer of the next response.
   */
  private ErrorEvent unsolicited;

  /**
   * Adds a response to wait on its lane.
   *
   * @return false when an {@code error} event that came before it is its answer: the request
   *     is then not to be sent
   */
  synchronized boolean add(String streamId, SocketFrames frames) {
    if (unsolicited != null) {
      // the server refused the connection before this request: its refusal is the answer
      frames.deliver(unsolicited);
      unsolicited = null;
      return false;
    }
    if (dropped != null) {
      frames.fail(dropped); // the drop raced the send: fail now, not after the idle timeout
      return true;
    }
    lanes.computeIfAbsent(streamId == null ? DEFAULT_LANE : streamId, lane -> new ArrayDeque<>())
        .add(frames);
    waiting.add(frames);
    return true;
  }

  /**
   * Hands an event to its response; false when no response waits for it. An {@code error} event
   * no response waits for is kept as the answer of the next one.
   */
  synchronized boolean route(ResponseStreamEvent event) {
    String lane = streamId(event);
    Deque<SocketFrames> queue = lanes.get(lane == null ? DEFAULT_LANE : lane);
    SocketFrames target = queue == null ? null : queue.peek();
    if (target == null && event instanceof ErrorEvent) {
      target = waiting.peek(); // an error naming no lane is the oldest request's
    }
    if (target == null && event instanceof ErrorEvent error) {
      unsolicited = error;
      return true;
    }
    if (target == null) {
      return false;
    }
    target.deliver(event);
    if (event.isTerminal()) {
      remove(target);
    }
    return true;
  }

  /** A frame that is not an event fails the oldest response (it cannot say whose it is). */
  synchronized void malformed(ResponsesJsonException failure) {
    SocketFrames oldest = waiting.peek();
    if (oldest != null) {
      oldest.malformed(failure);
      remove(oldest);
    }
  }

  /** The socket dropped: every waiting response fails; none is sent again. */
  synchronized void failAll(IOException failure) {
    dropped = failure;
    waiting.forEach(frames -> frames.fail(failure));
    waiting.clear();
    lanes.clear();
  }

  private void remove(SocketFrames frames) {
    waiting.remove(frames);
    lanes.values().forEach(queue -> queue.remove(frames));
    lanes.values().removeIf(Deque::isEmpty);
  }

  /** The event's {@code stream_id}, kept with its unmodelled members; null when it has none. */
  static String streamId(ResponseStreamEvent event) {
    JsonObject extra = event instanceof UnknownStreamEvent unknown ? unknown.json() : extra(event);
    JsonValue id = extra == null ? null : extra.get("stream_id");
    return id instanceof JsonString text ? text.getString() : null;
  }

  private static JsonObject extra(ResponseStreamEvent event) {
    Method accessor = EXTRA.get(event.getClass());
    try {
      return accessor == null ? null : (JsonObject) accessor.invoke(event);
    } catch (ReflectiveOperationException unreadable) {
      return null;
    }
  }
}
