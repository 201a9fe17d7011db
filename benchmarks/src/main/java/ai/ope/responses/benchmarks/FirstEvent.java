package ai.ope.responses.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sums, per iteration, the nanoseconds from calling the client to holding the first event; the
 * report divides by the streams counted.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class FirstEvent {

  /** Total call-to-first-event nanoseconds. */
  public long firstEventNanos;
  /** Streams opened. */
  public long streams;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void clear() {
    firstEventNanos = 0;
    streams = 0;
  }

  /** The time a call starts, to give back to {@link #firstEvent(long)}. */
  long calling() {
    return System.nanoTime();
  }

  /** Counts one stream whose first event is in hand now. */
  void firstEvent(long calledAt) {
    firstEventNanos += System.nanoTime() - calledAt;
    streams++;
  }
}
