package ai.ope.responses.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the fake server sent back for a {@link RecordedRequest}, as it went on the wire: status,
 * headers, body and, for an event stream, each event with when it was written; and how the
 * answer ended. See {@link RecordedRequest#response()}.
 *
 * <p>An immutable snapshot: while a stream is still being written, ask the request again for
 * the later bytes. Of a long body only the first bytes are kept: 1 MiB, or 4 MiB of an event
 * stream ({@link #bodyTruncated()} says when), and at most 10,000 events are listed.
 */
public final class RecordedResponse {

  private static final String TEXT_DELTA = "response.output_text.delta";

  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] kept;
  private final int keptLength;
  private final long bodyBytes;
  private final long[] moments;
  private final long headersNanos;
  private final String ending;
  private final long durationNanos;
  /** Found on first use: reading the journal is rarer than writing answers. */
  private volatile SseTimeline.Found events;

  RecordedResponse(int status, Map<String, List<String>> headers, byte[] kept, int keptLength,
      long bodyBytes, long[] moments, long headersNanos, String ending, long durationNanos) {
    this.status = status;
    this.headers = headers;
    this.kept = kept;
    this.keptLength = keptLength;
    this.bodyBytes = bodyBytes;
    this.moments = moments;
    this.headersNanos = headersNanos;
    this.ending = ending;
    this.durationNanos = durationNanos;
  }

  /**
   * The HTTP status sent.
   *
   * @return the status; 0 when the connection was dropped before a status line (a scripted
   *     reset)
   */
  public int status() {
    return status;
  }

  /**
   * The response headers as sent, the server's own framing headers included.
   *
   * @return the headers, names in lower case, sorted; empty when none were sent
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, if the header was sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Whether the answer is an event stream ({@code content-type: text/event-stream}).
   *
   * @return true for a stream
   */
  public boolean isEventStream() {
    return header("content-type").map(type -> type.toLowerCase(Locale.ROOT))
        .filter(type -> type.startsWith("text/event-stream")).isPresent();
  }

  /**
   * How many body bytes were sent.
   *
   * @return the count, kept or not
   */
  public long bodyBytes() {
    return bodyBytes;
  }

  /**
   * The body bytes kept: all of them, unless {@link #bodyTruncated()}.
   *
   * @return a copy of the bytes
   */
  public byte[] body() {
    return Arrays.copyOf(kept, keptLength);
  }

  /**
   * The kept body as UTF-8 text, malformed bytes replaced.
   *
   * @return the text; empty when there was no body
   */
  public String bodyAsString() {
    return new String(kept, 0, keptLength, StandardCharsets.UTF_8);
  }

  /**
   * Whether more bytes were sent than {@link #body()} holds.
   *
   * @return true when the body was cut
   */
  public boolean bodyTruncated() {
    return keptLength < bodyBytes;
  }

  /**
   * The events of an event stream, in the order sent, each with when it was written. Only
   * events a client would see count: one cut before its closing empty line does not.
   *
   * @return the events; empty when the answer is not a stream
   */
  public List<RecordedEvent> events() {
    return found().events();
  }

  /**
   * Whether the stream had more events than {@link #events()} lists: over 10,000, or beyond
   * the kept bytes.
   *
   * @return true when events are missing from the list
   */
  public boolean eventsTruncated() {
    return found().more() || isEventStream() && bodyTruncated();
  }

  /**
   * The text of a stream: the {@code delta} of its {@code response.output_text.delta} events
   * joined.
   *
   * @return the text; empty when there is none
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (RecordedEvent event : events()) {
      if (event.type().filter(TEXT_DELTA::equals).isPresent()) {
        event.delta().ifPresent(text::append);
      }
    }
    return text.toString();
  }

  /**
   * How the answer ended: {@code complete}; {@code cut by a fault after N events} or
   * {@code cut by a fault after N bytes} (a scripted cut or drop); {@code connection reset} (a
   * scripted reset before any byte); {@code client went away} (writing failed);
   * {@code server stopped}; or {@code failed: …} (a failure of the fake server itself).
   *
   * @return the ending; empty while the answer is still being written
   */
  public Optional<String> ending() {
    return Optional.ofNullable(ending);
  }

  /**
   * The time from the request's arrival to the end of the answer.
   *
   * @return the duration; empty while the answer is still being written
   */
  public Optional<Duration> duration() {
    return durationNanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(durationNanos));
  }

  private SseTimeline.Found found() {
    SseTimeline.Found found = events;
    if (found == null) {
      found = isEventStream() ? SseTimeline.read(kept, keptLength, moments, headersNanos)
          : new SseTimeline.Found(List.of(), false);
      events = found;
    }
    return found;
  }

  @Override
  public String toString() {
    return "RecordedResponse[" + status + ", " + bodyBytes + " bytes"
        + (ending == null ? ", in progress" : ", " + ending) + "]";
  }
}
