package ai.ope.responses.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The events in the bytes of a sent stream, each with the moment its last byte was written.
 * Read as a client reads them (the SSE rules): lines end with LF, CRLF or CR; an empty line ends
 * an event; comment lines and {@code id:}/{@code retry:} fields are skipped; an event not ended
 * by an empty line (a stream cut in the middle of one) is not an event a client would see.
 */
final class SseTimeline {

  /** More events than this are not listed: a page of them is already more than one reads. */
  static final int MAX_EVENTS = 10_000;

  /**
   * The events found.
   *
   * @param events the events, at most {@link #MAX_EVENTS}
   * @param more whether the bytes hold more events than are listed
   */
  record Found(List<RecordedEvent> events, boolean more) {}

  private SseTimeline() {}

  /**
   * The events of {@code bytes[0, length)}; {@code moments} are pairs of (body length after a
   * write, its {@link System#nanoTime()}), times counted from {@code sinceNanos}.
   */
  static Found read(byte[] bytes, int length, long[] moments, long sinceNanos) {
    List<RecordedEvent> events = new ArrayList<>();
    String name = null;
    StringBuilder data = null;
    boolean fields = false;
    int at = 0;
    while (at < length) {
      int end = at;
      while (end < length && bytes[end] != '\n' && bytes[end] != '\r') {
        end++;
      }
      if (end == length) {
        break; // a line not ended yet: the rest of a cut event
      }
      int next = bytes[end] == '\r' && end + 1 < length && bytes[end + 1] == '\n' ? end + 2
          : end + 1;
      if (end == at) {
        if (fields) {
          if (events.size() == MAX_EVENTS) {
            return new Found(List.copyOf(events), true);
          }
          String text = data == null ? "" : data.toString();
          events.add(new RecordedEvent(offset(moments, next, sinceNanos), name, text,
              text.getBytes(StandardCharsets.UTF_8).length));
        }
        name = null;
        data = null;
        fields = false;
      } else if (bytes[at] != ':') {
        String line = new String(bytes, at, end - at, StandardCharsets.UTF_8);
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        value = value.startsWith(" ") ? value.substring(1) : value;
        if (field.equals("event")) {
          name = value;
          fields = true;
        } else if (field.equals("data")) {
          data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
          fields = true;
        }
      }
      at = next;
    }
    return new Found(List.copyOf(events), false);
  }

  /** When the byte before {@code end} was written, since {@code sinceNanos}. */
  private static Duration offset(long[] moments, int end, long sinceNanos) {
    int low = 0;
    int high = moments.length / 2 - 1;
    if (high < 0) {
      return Duration.ZERO;
    }
    // the first write after which the body was at least `end` bytes long
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (moments[2 * middle] >= end) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return Duration.ofNanos(Math.max(0, moments[2 * low + 1] - sinceNanos));
  }
}
