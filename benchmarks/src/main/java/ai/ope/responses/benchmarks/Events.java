package ai.ope.responses.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.client.ResponseStream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.annotations.State;

/** Counts events consumed, reported by JMH as events per second beside operations. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Events {

  /** Events handed to user code in this iteration. */
  public long events;

  /**
   * Reads a stream of our client to its end, each event handed to the sink and counted, then
   * closes it.
   *
   * @param stream the stream
   * @param sink where each event goes, so that nothing is optimised away
   */
  void readAll(ResponseStream stream, Blackhole sink) {
    try (stream) {
      for (ResponseStreamEvent event : stream) {
        sink.consume(event);
        events++;
      }
    }
  }

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void clear() {
    events = 0;
  }
}
