package ai.ope.responses.api;

import java.util.ArrayList;
import java.util.List;

/** Splits a recorded SSE body into events, per the SSE rules the fixtures need. */
final class SseTranscript {

  /** One event: its {@code event:} name (or null) and its joined {@code data:} lines. */
  record Frame(String event, String data) {}

  private SseTranscript() {}

  static List<Frame> frames(String body) {
    List<Frame> frames = new ArrayList<>();
    String event = null;
    StringBuilder data = null;
    for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      if (line.isEmpty()) {
        if (data != null) {
          frames.add(new Frame(event, data.toString()));
        }
        event = null;
        data = null;
      } else if (!line.startsWith(":")) {
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        value = value.startsWith(" ") ? value.substring(1) : value;
        if (field.equals("event")) {
          event = value;
        } else if (field.equals("data")) {
          data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        }
      }
    }
    if (data != null) {
      frames.add(new Frame(event, data.toString()));
    }
    return frames;
  }
}
