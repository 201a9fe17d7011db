package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the server sends for one journaled request, noted as it goes out: the status and headers,
 * the first bytes of the body with when they were written, and how the answer ended. Filled on
 * the write path, so it only notes where the bytes are and reads the clock; events are found in
 * the bytes later, when someone reads the journal ({@link RecordedResponse}).
 *
 * <p>The bytes are kept by reference, not copied: every writer of an answer hands over arrays it
 * does not change afterwards (a reply's own bytes, a frame made for one write, a fresh read
 * buffer). A replayed recording thus costs one reference, not a copy kept alive for as long as
 * the journal holds the request, which made a busy server's garbage collector work hard.
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
  /** Triples of (array index, offset, length) into {@link #arrays}: the kept bytes in order. */
  private final List<byte[]> arrays = new ArrayList<>(1);
  private int[] segments = new int[3];
  private int segmentCount;
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
  synchronized void headersSent(int sentStatus, Map<String, List<String>> sent) {
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
  }

  /** Bytes of the body reached the connection. */
  synchronized void wrote(byte[] bytes, int offset, int length) {
    long now = System.nanoTime();
    int keep = (int) Math.min(length, (long) keepLimit - keptLength);
    if (keep > 0) {
      keep(bytes, offset, keep);
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

  /** Notes a range of an array, joined to the last one when it follows on in the same array. */
  private void keep(byte[] bytes, int offset, int length) {
    int last = 3 * (segmentCount - 1);
    if (segmentCount > 0 && arrays.get(segments[last]) == bytes
        && segments[last + 1] + segments[last + 2] == offset) {
      segments[last + 2] += length;
    } else {
      if (arrays.isEmpty() || arrays.get(arrays.size() - 1) != bytes) {
        arrays.add(bytes);
      }
      if (3 * segmentCount == segments.length) {
        segments = Arrays.copyOf(segments, segments.length * 2);
      }
      segments[3 * segmentCount] = arrays.size() - 1;
      segments[3 * segmentCount + 1] = offset;
      segments[3 * segmentCount + 2] = length;
      segmentCount++;
    }
    keptLength += length;
  }

  /** The kept bytes in one array: the array itself when it is one whole array. */
  private byte[] keptBytes() {
    if (segmentCount == 1 && segments[1] == 0
        && arrays.get(0).length == segments[2]) {
      return arrays.get(0);
    }
    byte[] joined = new byte[keptLength];
    int at = 0;
    for (int i = 0; i < segmentCount; i++) {
      System.arraycopy(arrays.get(segments[3 * i]), segments[3 * i + 1], joined, at,
          segments[3 * i + 2]);
      at += segments[3 * i + 2];
    }
    return joined;
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
    RecordedResponse response = new RecordedResponse(Math.max(status, 0), headers, keptBytes(),
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
