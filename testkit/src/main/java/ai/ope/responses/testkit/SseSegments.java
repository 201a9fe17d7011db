package ai.ope.responses.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events of a recorded stream as byte ranges, so that a replay sends exactly the recorded
 * bytes, one event at a time, with the recorded pauses.
 *
 * <p>An event ends after the empty line that terminates it (LF, CRLF or CR line ends). A comment
 * line {@code : +12ms} is timing written by the recorder: it is removed, and gives the pause
 * before the event that follows it.
 */
final class SseSegments {

  private static final Pattern TIMING = Pattern.compile(": \\+(\\d+)ms");

  private final byte[] bytes;
  private final List<Integer> ends;
  private final List<Long> delays;

  private SseSegments(byte[] bytes, List<Integer> ends, List<Long> delays) {
    this.bytes = bytes;
    this.ends = ends;
    this.delays = delays;
  }

  /**
   * Splits recorded bytes; the timing lines are taken out.
   *
   * @throws IllegalArgumentException when a pause does not fit in a {@code long}
   */
  static SseSegments parse(byte[] recorded) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream(recorded.length);
    List<Integer> ends = new ArrayList<>();
    List<Long> delays = new ArrayList<>();
    long pendingDelay = 0;
    boolean eventHasLines = false;
    int at = 0;
    while (at < recorded.length) {
      int lineEnd = at;
      while (lineEnd < recorded.length && recorded[lineEnd] != '\n' && recorded[lineEnd] != '\r') {
        lineEnd++;
      }
      int next;
      if (lineEnd == recorded.length) {
        next = lineEnd;
      } else if (recorded[lineEnd] == '\r' && lineEnd + 1 < recorded.length
          && recorded[lineEnd + 1] == '\n') {
        next = lineEnd + 2;
      } else {
        next = lineEnd + 1;
      }
      var timing = timing(recorded, at, lineEnd);
      if (timing != null) {
        pendingDelay = addDelay(pendingDelay, timing.group(1), timing.group());
      } else if (lineEnd == at) {
        kept.write(recorded, at, next - at);
        if (eventHasLines) {
          ends.add(kept.size());
          delays.add(pendingDelay);
          pendingDelay = 0;
          eventHasLines = false;
        }
      } else {
        kept.write(recorded, at, next - at);
        eventHasLines = true;
      }
      at = next;
    }
    if (ends.isEmpty() || ends.get(ends.size() - 1) != kept.size()) {
      ends.add(kept.size());
      delays.add(pendingDelay);
    }
    return new SseSegments(kept.toByteArray(), List.copyOf(ends), List.copyOf(delays));
  }

  /**
   * The timing of a comment line {@code : +12ms}, else null. Only a short comment line is
   * decoded: an event's data line may be megabytes long.
   */
  private static Matcher timing(byte[] bytes, int start, int end) {
    if (end - start > 64 || end == start || bytes[start] != ':') {
      return null;
    }
    var timing = TIMING.matcher(new String(bytes, start, end - start, StandardCharsets.UTF_8));
    return timing.matches() ? timing : null;
  }

  /** The pause so far plus a timing line's; a pause beyond 292 million years is a broken file. */
  private static long addDelay(long pending, String millis, String line) {
    try {
      return Math.addExact(pending, Long.parseLong(millis));
    } catch (NumberFormatException | ArithmeticException outOfRange) {
      throw new IllegalArgumentException(
          "the pause of \"" + (line.length() > 40 ? line.substring(0, 40) + "…" : line)
              + "\" is out of range", outOfRange);
    }
  }

  /** Splits bytes already free of timing lines (a reply built in code) at the same boundaries. */
  static SseSegments of(byte[] bytes) {
    return parse(bytes);
  }

  /** The bytes to send, timing lines removed. */
  byte[] bytes() {
    return bytes;
  }

  /** The end offset of each event. */
  List<Integer> ends() {
    return ends;
  }

  /** The recorded pause before each event, in milliseconds. */
  List<Long> delays() {
    return delays;
  }
}
