package ai.ope.responses.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a load run measured: how many requests, how fast, and the latency percentiles. Only
 * printed: timing asserts would fail on a busy machine without a bug.
 *
 * @param requests the number of requests
 * @param perSecond requests per second over the whole run
 * @param p50Millis the median latency
 * @param p99Millis the 99th percentile latency
 * @param maxMillis the slowest request
 */
record LoadFigures(int requests, double perSecond, double p50Millis, double p99Millis,
    double maxMillis) {

  /** The figures of per-client latencies in nanoseconds, over a run of this many nanoseconds. */
  static LoadFigures of(List<long[]> latencies, long elapsedNanos) {
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new LoadFigures(all.length, all.length / (elapsedNanos / 1e9),
        millis(percentile(all, 0.50)), millis(percentile(all, 0.99)),
        millis(all.length == 0 ? 0 : all[all.length - 1]));
  }

  private static long percentile(long[] sorted, double fraction) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(fraction * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d requests, %.0f requests/s, p50 %.2f ms, p99 %.2f ms,"
        + " max %.1f ms", requests, perSecond, p50Millis, p99Millis, maxMillis);
  }
}
