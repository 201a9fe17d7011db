package ai.ope.responses.testkit;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the server sends for one journaled request, noted as it goes out: the status and headers,
 * the first bytes of the body with when they were written, and how the answer ended. Filled on
 * the write path, so it only copies bytes and reads the clock; events are found in the bytes
 * later, when someone reads the journal ({@link RecordedResponse}).
 *
 * <p>Thread-safe: the handler's thread writes, the admin API's and the test's threads take
 * snapshots.
 */
final class ResponseCapture {

  /** Bytes kept of a body that is not an event stream: as many as the journal shows. */
  static final int BODY_KEPT = JournalView.BODY_LIMIT;
  /** Bytes kept of an event stream: enough for its events, which are listed up to 10,000. */
  static final int STREAM_KEPT = 4 * JournalView.BODY_LIMIT;
  /** Writes closer together than this share a time: events are shown to a tenth of a ms. */
  private static final long SAME_MOMENT_NANOS = 50_000;
  /** How many distinct write times are kept; later writes take the last one's. */
  private static final int MAX_MOMENTS = 20_000;

  private final long receivedNanos;
  private int status = -1;
  private Map<String, List<String>> headers = Map.of();
  private long headersNanos;
  private byte[] kept = new byte[0];
  private int keptLength;
  private int keepLimit = BODY_KEPT;
  private long total;
  /** Pairs: the body's length after a write, and when that write happened. */
  private long[] moments = new long[16];
  private int momentCount;
  private String ending;
  private long endedNanos;
  private RecordedResponse finished;

  /** A capture for a request that arrived at this {@link System#nanoTime()}. */
  ResponseCapture(long receivedNanos) {
    this.receivedNanos = receivedNanos;
  }

  /** The status line and headers went out (or were attempted: the client may be gone). */
  synchronized void headersSent(int sentStatus, Map<String, List<String>> sent,
      long announcedLength) {
    headersNanos = System.nanoTime();
    status = sentStatus;
    TreeMap<String, List<String>> lower = new TreeMap<>();
    sent.forEach((name, values) -> lower.merge(name.toLowerCase(Locale.ROOT),
        List.copyOf(values), (first, second) -> concat(first, second)));
    headers = Collections.unmodifiableMap(lower);
    List<String> type = lower.getOrDefault("content-type", List.of());
    if (!type.isEmpty() && type.get(0).toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
      keepLimit = STREAM_KEPT;
    }
    if (announcedLength > 0) {
      kept = new byte[(int) Math.min(announcedLength, keepLimit)];
    }
  }

  /** Bytes of the body reached the connection. */
  synchronized void wrote(byte[] bytes, int offset, int length) {
    long now = System.nanoTime();
    int keep = (int) Math.min(length, (long) keepLimit - keptLength);
    if (keep > 0) {
      if (keptLength + keep > kept.length) {
        int grown = (int) Math.min(keepLimit, Math.max(keptLength + keep, 2L * kept.length + 256));
        kept = Arrays.copyOf(kept, grown);
      }
      System.arraycopy(bytes, offset, kept, keptLength, keep);
      keptLength += keep;
    }
    total += length;
    boolean sameMoment = momentCount > 0
        && (now - moments[2 * momentCount - 1] < SAME_MOMENT_NANOS || momentCount == MAX_MOMENTS);
    if (!sameMoment) {
      if (2 * momentCount == moments.length) {
        moments = Arrays.copyOf(moments, moments.length * 2);
      }
      moments[2 * momentCount + 1] = now;
      momentCount++;
    }
    moments[2 * momentCount - 2] = total;
  }

  /** The answer ended, as described: {@code complete}, {@code connection reset}... */
  synchronized void ended(String how) {
    if (ending == null) {
      ending = how;
      endedNanos = System.nanoTime();
    }
  }

  /** What was sent so far; empty until the headers went out or the answer ended without them. */
  synchronized RecordedResponse snapshot() {
    if (finished != null) {
      return finished;
    }
    if (status < 0 && ending == null) {
      return null;
    }
    // Bytes past keptLength are never changed: the snapshot shares the array.
    RecordedResponse response = new RecordedResponse(Math.max(status, 0), headers, kept,
        keptLength, total, Arrays.copyOf(moments, 2 * momentCount),
        status < 0 ? endedNanos : headersNanos, ending,
        ending == null ? -1 : endedNanos - receivedNanos);
    if (ending != null) {
      // nothing changes any more: events are found once, whoever reads the journal how often
      finished = response;
    }
    return response;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
