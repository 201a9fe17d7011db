package ai.ope.responses.benchmarks;

import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.client.ResponseStream;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.testkit.Reply;
import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a user waits for: the time from the call to the first event in hand ({@code firstEvent*},
 * a four-event stream), and the latency each client adds between the server's flush of an event
 * and user code seeing it ({@code perEvent*}, from events stamped at their flush). Both are
 * counters beside the operation's time; the report divides them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = Warmups.OURS, time = 1)
@Measurement(iterations = Warmups.MEASURED, time = 1)
@Fork(1)
public class LatencyBenchmark {

  private static final int PACED_DELTAS = 50;
  private static final long PAUSE_NANOS = 200_000;

  private ComparedClients clients;
  private PacedStreamServer paced;
  private ResponsesClient oursPaced;
  private OpenAIClient openaiJavaPaced;

  /** Starts both servers and a client of each kind for each. */
  @Setup
  public void start() {
    // A short stream read to its end: connections stay reusable, as in real use.
    clients = new ComparedClients(Reply.sse(Payloads.textStream(2)));
    paced = new PacedStreamServer(PACED_DELTAS, PAUSE_NANOS);
    oursPaced = Clients.ours(paced.baseUri());
    openaiJavaPaced = Clients.openaiJava(paced.baseUri());
  }

  /** Closes what {@link #start()} opened. */
  @TearDown
  public void stop() {
    clients.close();
    oursPaced.close();
    openaiJavaPaced.close();
    paced.close();
  }

  /** Ours: call, first event (timed), then the rest of the short stream. */
  @Benchmark
  public void firstEventResponsesClient(FirstEvent timer, Blackhole sink) {
    long called = timer.calling();
    try (ResponseStream stream = clients.ours.stream(Clients.REQUEST)) {
      Iterator<ResponseStreamEvent> events = stream.iterator();
      sink.consume(events.next());
      timer.firstEvent(called);
      events.forEachRemaining(sink::consume);
    }
  }

  /** openai-java: call, first event (timed), then the rest of the short stream. */
  @Benchmark
  @Warmup(iterations = Warmups.OPENAI_JAVA, time = 1)
  public void firstEventOpenaiJava(FirstEvent timer, Blackhole sink) {
    long called = timer.calling();
    try (StreamResponse<com.openai.models.responses.ResponseStreamEvent> stream =
        clients.openaiJava.responses().createStreaming(Clients.PARAMS)) {
      Iterator<com.openai.models.responses.ResponseStreamEvent> events =
          stream.stream().iterator();
      sink.consume(events.next());
      timer.firstEvent(called);
      events.forEachRemaining(sink::consume);
    }
  }

  /** The floor: call, first {@code data:} line (timed), then the rest. */
  @Benchmark
  @Warmup(iterations = Warmups.FLOOR, time = 1)
  public void firstEventJdkLinesFloor(FirstEvent timer, Blackhole sink) throws IOException {
    long called = timer.calling();
    boolean first = true;
    try (RawLines lines = new RawLines(Clients.post(clients.jdk, clients.baseUri(), true))) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (first && line.startsWith("data:")) {
          timer.firstEvent(called);
          first = false;
        }
        sink.consume(line);
      }
    }
  }

  /** Ours: a paced stream, each stamped delta timed from its flush to here. */
  @Benchmark
  public void perEventResponsesClient(Latency latency, Blackhole sink) {
    try (ResponseStream stream = oursPaced.stream(Clients.REQUEST)) {
      for (ResponseStreamEvent event : stream) {
        if (event instanceof OutputTextDeltaEvent delta) {
          latency.seen(delta.delta());
        }
        sink.consume(event);
      }
    }
  }

  /** openai-java: a paced stream, each stamped delta timed from its flush to here. */
  @Benchmark
  @Warmup(iterations = Warmups.OPENAI_JAVA, time = 1)
  public void perEventOpenaiJava(Latency latency, Blackhole sink) {
    try (StreamResponse<com.openai.models.responses.ResponseStreamEvent> stream =
        openaiJavaPaced.responses().createStreaming(Clients.PARAMS)) {
      Iterator<com.openai.models.responses.ResponseStreamEvent> events =
          stream.stream().iterator();
      while (events.hasNext()) {
        com.openai.models.responses.ResponseStreamEvent event = events.next();
        event.outputTextDelta().ifPresent(delta -> latency.seen(delta.delta()));
        sink.consume(event);
      }
    }
  }

  /** The floor: a paced stream read as lines, the stamp cut out of each delta's line. */
  @Benchmark
  @Warmup(iterations = Warmups.FLOOR, time = 1)
  public void perEventJdkLinesFloor(Latency latency, Blackhole sink) throws IOException {
    try (RawLines lines = new RawLines(Clients.post(clients.jdk, paced.baseUri(), true))) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        int at = line.indexOf("\"delta\":\"");
        if (at >= 0) {
          int from = at + "\"delta\":\"".length();
          latency.seen(line.substring(from, line.indexOf('"', from)));
        }
        sink.consume(line);
      }
    }
  }
}
