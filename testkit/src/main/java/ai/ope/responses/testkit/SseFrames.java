package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.List;

/** The events of an SSE text, by the SSE rules: {@code event:} and joined {@code data:} lines. */
final class SseFrames {

  /** One event: its name (or null) and its data. */
  record Frame(String event, String data) {}

  private SseFrames() {}

  static List<Frame> parse(String text) {
    List<Frame> frames = new ArrayList<>();
    String event = null;
    StringBuilder data = null;
    for (String line : text.split("\r\n|\r|\n", -1)) {
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
