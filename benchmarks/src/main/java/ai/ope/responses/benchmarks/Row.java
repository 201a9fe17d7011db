package ai.ope.responses.benchmarks;

import java.util.Locale;

/**
 * One line of the report: a figure for this library, the comparison measured in the same run,
 * and the floor where there is one.
 *
 * @param figure what was measured
 * @param unit its unit
 * @param higherIsBetter whether more is better (throughput) or less (time, bytes)
 * @param ours this library's value and its spread
 * @param comparison what it is compared with, e.g. {@code openai-java 4.101.0}
 * @param theirs the comparison's value and its spread
 * @param floor the floor's value (the raw JDK client), or {@link Measured#NONE}
 * @param target the target, in words, e.g. {@code ≥ 1×}
 * @param targetRatio the least ratio that meets the target, or NaN when the target is absolute
 * @param floorTarget the least share of the floor's throughput ours must reach too, or NaN
 */
record Row(String figure, String unit, boolean higherIsBetter, Measured ours, String comparison,
    Measured theirs, Measured floor, String target, double targetRatio, double floorTarget) {

  /** How many times better ours is than the comparison: above 1 is better. */
  double ratio() {
    return higherIsBetter ? ours.value() / theirs.value() : theirs.value() / ours.value();
  }

  /** Whether the ratio meets the target; true when the target is not a ratio. */
  boolean met() {
    boolean ahead = Double.isNaN(targetRatio) || ratio() >= targetRatio;
    boolean nearFloor = Double.isNaN(floorTarget) || !floor.known()
        || ours.value() / floor.value() >= floorTarget;
    return ahead && nearFloor;
  }

  /** A value as the table shows it: three significant figures with a k or M suffix. */
  static String format(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e6) {
      return String.format(Locale.ROOT, "%.2fM", value / 1e6);
    }
    if (magnitude >= 1e4) {
      return String.format(Locale.ROOT, "%.0fk", value / 1e3);
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
