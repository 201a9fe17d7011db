package ai.ope.responses.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A figure as measured: its value over the whole run, and the lowest and highest value of the
 * single measured iterations (all forks), which show how noisy it was.
 *
 * @param value the figure over all iterations, as JMH reports it
 * @param low the lowest single iteration, or NaN when unknown
 * @param high the highest single iteration, or NaN when unknown
 * @param iterations how many iterations the low and high come from
 */
record Measured(double value, double low, double high, int iterations) {

  /** Nothing measured. */
  static final Measured NONE = new Measured(Double.NaN, Double.NaN, Double.NaN, 0);

  /** A value without iterations (a count of bytes on disk, say). */
  static Measured exactly(double value) {
    return new Measured(value, Double.NaN, Double.NaN, 0);
  }

  /** A figure and its spread over the run's iterations. */
  static Measured of(JmhResults.Run run, ToDoubleFunction<JmhResults.Sample> metric) {
    double low = Double.NaN;
    double high = Double.NaN;
    List<JmhResults.Sample> iterations = run.iterations();
    int counted = 0;
    for (JmhResults.Sample iteration : iterations) {
      double value = metric.applyAsDouble(iteration);
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        continue;
      }
      low = counted == 0 ? value : Math.min(low, value);
      high = counted == 0 ? value : Math.max(high, value);
      counted++;
    }
    return new Measured(metric.applyAsDouble(run), low, high, counted);
  }

  boolean known() {
    return !Double.isNaN(value);
  }

  /** Half the range of the iterations, relative to the value; NaN below two iterations. */
  double spread() {
    return iterations < 2 || value == 0 ? Double.NaN : (high - low) / 2 / Math.abs(value);
  }

  /** The value as the table shows it, with its spread: {@code 518k ±4%}. */
  String format() {
    String shown = Row.format(value);
    double spread = spread();
    return Double.isNaN(spread) ? shown
        : shown + String.format(Locale.ROOT, " ±%.0f%%", spread * 100);
  }
}
