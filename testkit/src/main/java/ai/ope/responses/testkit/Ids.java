package ai.ope.responses.testkit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Object ids in the API's shapes ({@code resp_…}, {@code msg_…}, {@code fc_…}): unique per
 * server, and the same sequence on every run, so tests and recorded diffs stay stable.
 */
final class Ids {

  private final AtomicLong counter = new AtomicLong();

  /** The next id with this prefix, e.g. {@code resp_8f1c…}: the prefix and 48 hex digits. */
  String next(String prefix) {
    long n = counter.incrementAndGet();
    return prefix + "_" + hex(mix(n)) + hex(mix(n ^ 0x9e3779b97f4a7c15L)) + hex(mix(n + 7));
  }

  private static String hex(long value) {
    String digits = Long.toHexString(value);
    return "0".repeat(16 - digits.length()) + digits;
  }

  /** SplitMix64's finaliser: consecutive counters give unrelated-looking digits. */
  private static long mix(long value) {
    long z = value + 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
