package ai.ope.responses.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sums, per iteration, the nanoseconds between a stamped event's flush and user code seeing it;
 * the report divides by the events counted.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class Latency {

  /** Total flush-to-user nanoseconds of the stamped events. */
  public long latencyNanos;
  /** Stamped events seen. */
  public long stampedEvents;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void clear() {
    latencyNanos = 0;
    stampedEvents = 0;
  }

  /** Adds one event whose text is the stamp of its flush. */
  void seen(String stamp) {
    latencyNanos += System.nanoTime() - Long.parseLong(stamp);
    stampedEvents++;
  }
}
