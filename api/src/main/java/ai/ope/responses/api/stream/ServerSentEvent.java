package ai.ope.responses.api.stream;

import ai.ope.responses.api.ResponsesJson;
import java.util.ArrayList;
import java.util.List;

/**
 * One server-sent event as framed on the wire: its {@code event:} name and its {@code data:}
 * lines joined with {@code \n}. {@link #toEvent()} reads the data as a typed stream event.
 *
 * @param event the {@code event:} field, or null when the event had none
 * @param data the {@code data:} lines joined with {@code \n}
 * @param id the {@code id:} field, or null (the Responses API sends none)
 */
public record ServerSentEvent(String event, String data, String id) {

  /** The sentinel some compatible servers send after the last event. */
  public static final String DONE = "[DONE]";

  /**
   * Splits a whole event-stream text into its events, by the SSE rules: LF, CRLF or CR line
   * ends, a leading byte-order mark ignored, comment lines (keep-alives) skipped, multi-line
   * {@code data:} joined, one optional space after the colon removed, and an event dispatched at
   * each blank line (or at the end of the text).
   *
   * @param text the stream's text
   * @return the events, in order; events without data are not dispatched
   */
  public static List<ServerSentEvent> parseAll(String text) {
    List<ServerSentEvent> events = new ArrayList<>();
    String name = null;
    String id = null;
    StringBuilder data = null;
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    // lines found by hand, not with a regular expression: a recorded stream of 20,000 events is
    // parsed for each replay over a WebSocket, and splitting with one cost a third of the send
    for (int start = 0, end; start <= body.length(); start = nextLine(body, end)) {
      end = lineEnd(body, start);
      String line = body.substring(start, end);
      if (line.isEmpty()) {
        if (data != null) {
          events.add(new ServerSentEvent(name, data.toString(), id));
        }
        name = null;
        data = null;
      } else if (!line.startsWith(":")) {
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        value = value.startsWith(" ") ? value.substring(1) : value;
        switch (field) {
          case "event":
            name = value;
            break;
          case "data":
            data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            break;
          case "id":
            id = value;
            break;
          default:
            break;
        }
      }
    }
    if (data != null) {
      events.add(new ServerSentEvent(name, data.toString(), id));
    }
    return events;
  }

  /** Where the line starting here ends: at its CR, LF or CRLF, or at the end of the text. */
  private static int lineEnd(String text, int start) {
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return end;
  }

  /** Where the next line starts, after the line break at {@code end}; past the text at its end. */
  private static int nextLine(String text, int end) {
    if (end >= text.length()) {
      return text.length() + 1;
    }
    boolean crlf = text.charAt(end) == '\r' && end + 1 < text.length()
        && text.charAt(end + 1) == '\n';
    return end + (crlf ? 2 : 1);
  }

  /**
   * Whether this is the {@code [DONE]} sentinel rather than an event.
   *
   * @return true for {@code data: [DONE]}
   */
  public boolean isDone() {
    return DONE.equals(data.strip());
  }

  /**
   * The data read as a typed stream event, see
   * {@link ResponsesJson#parseEvent(String, String)}.
   *
   * @return the event
   * @throws ai.ope.responses.api.ResponsesJsonException when the data is not an event
   */
  public ResponseStreamEvent toEvent() {
    return ResponsesJson.parseEvent(event, data);
  }
}
