package ai.ope.responses.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Counts events consumed, reported by JMH as events per second beside operations. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Events {

  /** Events handed to user code in this iteration. */
  public long events;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void clear() {
    events = 0;
  }
}
