package ai.ope.responses.testkit;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A WebSocket connection the recorder passed through, turned into a cassette folder holding its
 * {@link SocketTranscript}: every frame redacted, then normalised with the recording's id map
 * (ids learnt from every frame first, so a {@code previous_response_id} sent later is rewritten
 * like the response that made it), and a last check that no secret is left before anything is
 * written.
 *
 * @param path the path the connection was opened on
 * @param query the raw query string; empty for none
 * @param frames the frames in the order they crossed, each with when it crossed
 * @param startedNanos when the first frame crossed ({@link System#nanoTime()}), the origin of
 *     the pauses
 * @param end how the connection ended
 */
record RecordedConnection(String path, String query, List<Captured> frames, long startedNanos,
    Ending end) {

  /**
   * One text frame as it crossed.
   *
   * @param fromClient true for a frame the client sent
   * @param atNanos when it crossed ({@link System#nanoTime()})
   * @param text its text
   */
  record Captured(boolean fromClient, long atNanos, String text) {}

  /**
   * How the connection ended.
   *
   * @param atNanos when ({@link System#nanoTime()})
   * @param code the close code, 1006 when dropped
   * @param by {@code client}, {@code server} or {@code dropped}
   */
  record Ending(long atNanos, int code, String by) {}

  /** Copies the frames. */
  RecordedConnection {
    frames = List.copyOf(frames);
  }

  /**
   * Writes the connection into the cassette, whole or not at all.
   *
   * @param normalizer the id and time normaliser, or null to keep values as received
   * @return a one-line account of what was recorded
   * @throws RecordingRefusedException when a secret would have been written
   */
  String write(CassetteWriter writer, SecretGuard guard, Normalizer normalizer)
      throws RecordingRefusedException {
    if (normalizer != null) {
      frames.forEach(frame -> Json.parse(frame.text()).ifPresent(normalizer::learn));
    }
    List<SocketTranscript.Frame> cleaned = new ArrayList<>(frames.size());
    List<JsonValue> json = new ArrayList<>();
    long previous = startedNanos;
    for (Captured frame : frames) {
      String text = guard.redact(frame.text());
      text = normalizer == null ? text : normalizer.apply(text);
      Json.parse(text).ifPresent(json::add);
      cleaned.add(new SocketTranscript.Frame(frame.fromClient(), millisBetween(previous,
          frame.atNanos()), text));
      previous = Math.max(previous, frame.atNanos());
    }
    SocketTranscript.Close close = new SocketTranscript.Close(millisBetween(previous,
        end.atNanos()), end.code(), end.by());
    String shownPath = guard.redact(path);
    String shownQuery = guard.redact(query);
    String shown = "WebSocket " + shownPath + (shownQuery.isEmpty() ? "" : "?" + shownQuery);
    String file = new SocketTranscript(shownPath, shownQuery, cleaned, close).format();
    Optional<String> leak = guard.leak(file, json);
    if (leak.isPresent()) {
      throw new RecordingRefusedException("refused to record " + shown + ": " + leak.get()
          + " in " + SocketTranscript.FILE + "; nothing was written");
    }
    String slug = RecordedExchange.slug("websocket-" + path.replaceFirst("^/v1/", ""));
    String folder = writer.write(slug,
        Map.of(SocketTranscript.FILE, file.getBytes(StandardCharsets.UTF_8)))
        .getFileName().toString();
    long sent = frames.stream().filter(Captured::fromClient).count();
    return "recorded " + shown + " -> " + sent + (sent == 1 ? " event" : " events")
        + " sent, " + (frames.size() - sent) + " frames received, "
        + millisBetween(startedNanos, end.atNanos()) + " ms as " + folder;
  }

  private static long millisBetween(long from, long to) {
    return Math.max(0, (to - from) / 1_000_000);
  }
}
