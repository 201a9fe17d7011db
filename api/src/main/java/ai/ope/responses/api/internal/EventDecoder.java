package ai.ope.responses.api.internal;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.UnknownStreamEvent;
import jakarta.json.JsonObject;

/**
 * Reads the events of one stream from their UTF-8 bytes with one parser, reset for each event
 * rather than made anew: not thread-safe, like the reader of the stream that owns it.
 */
public final class EventDecoder {

  private final Utf8JsonParser parser = new Utf8JsonParser(new byte[0], 0, 0, null);

  /** A decoder with nothing read yet. */
  public EventDecoder() {}

  /**
   * Reads one event's data, as {@code ResponsesJson.parseEvent} does.
   *
   * @param eventName the SSE {@code event:} field, or null
   * @param data the bytes holding the data; {@code data[from, to)} is read and nothing is kept
   * @return the event
   * @throws ai.ope.responses.api.ResponsesJsonException when the data is not an event
   */
  public ResponseStreamEvent decode(String eventName, byte[] data, int from, int to) {
    parser.reset(data, from, to, null);
    return named(eventName, ModelJson.read(parser, ResponseStreamEvent.class, null));
  }

  /**
   * The event, or, when it has no {@code type} of its own, the same JSON read again with the SSE
   * event name as its type (some proxies drop one or the other).
   *
   * @param eventName the SSE {@code event:} field, or null
   * @param event the event as read from its data
   * @return the event to deliver
   */
  public static ResponseStreamEvent named(String eventName, ResponseStreamEvent event) {
    if (eventName != null && !eventName.isEmpty()
        && event instanceof UnknownStreamEvent unknown && unknown.type() == null) {
      JsonObject named = ModelJson.withType(unknown.json(), eventName);
      return ModelJson.read(named, ResponseStreamEvent.class);
    }
    return event;
  }
}
