package ai.ope.responses.benchmarks;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.ToolBox;
import ai.ope.responses.client.ToolLoopOptions;
import ai.ope.responses.client.ToolRun;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An agent's tool loop, end to end: {@code calls} function calls, one per response, then a final
 * text, so {@code calls + 1} turns, each answered by the fake server after a fixed
 * {@code latencyMs} (the time a real model takes before its first byte; 20 ms in the report,
 * {@code -p latencyMs=0} shows the bare cost of a turn). {@code http} runs the
 * loop as {@code runTools} does by default, a POST per turn; {@code webSocket} runs it over one
 * socket ({@code overWebSocket(true)}, opened by the loop and closed at its end). Both continue
 * the conversation with {@code previous_response_id} and send only the new items. The time per
 * loop, less {@code turns × latencyMs}, is what the client and its transport add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = Warmups.MEASURED, time = 2)
@Fork(1)
public class ToolLoopBenchmark {

  /** The latency the report's rows are measured with, in milliseconds. */
  static final String REPORTED_LATENCY_MS = "20";

  /**
   * The arguments of the one function the model calls, {@code lookup}.
   *
   * @param city the city
   */
  public record Lookup(String city) {}

  /** Function calls before the final answer. */
  @Param({"10", "25"})
  public int calls;

  /** The server's pause before each response's first byte (HTTP) or frame (WebSocket). */
  @Param({REPORTED_LATENCY_MS})
  public int latencyMs;

  private FakeResponsesServer server;
  private ResponsesClient client;
  private ToolBox tools;
  private CreateResponseRequest request;

  /** Starts the server and the client. */
  @Setup
  public void start() {
    server = FakeResponsesServer.builder().journalLimit(100).start();
    client = Clients.ours(server.baseUri());
    tools = ToolBox.empty().with(Lookup.class, lookup -> "21 °C in " + lookup.city());
    request = CreateResponseRequest.builder().model(Clients.MODEL)
        .input("Look up the weather, city by city.").build();
  }

  /** Scripts the next loop: the calls, then the answer, each after the latency. */
  @Setup(Level.Invocation)
  public void script() {
    Duration latency = Duration.ofMillis(latencyMs);
    for (int i = 0; i < calls; i++) {
      server.enqueue(Reply.functionCall("lookup", "{\"city\":\"City " + i + "\"}")
          .withDelayBeforeHeaders(latency));
    }
    server.enqueue(Reply.text("Done.").withDelayBeforeHeaders(latency));
  }

  /** Closes what {@link #start()} opened. */
  @TearDown
  public void stop() {
    client.close();
    server.close();
  }

  /** A POST per turn. */
  @Benchmark
  public ToolRun http() {
    return checked(client.runTools(request, tools,
        ToolLoopOptions.defaults().maxTurns(calls + 1)));
  }

  /** Every turn on one WebSocket. */
  @Benchmark
  public ToolRun webSocket() {
    return checked(client.runTools(request, tools,
        ToolLoopOptions.defaults().maxTurns(calls + 1).overWebSocket(true)));
  }

  private ToolRun checked(ToolRun run) {
    if (run.calls().size() != calls || !"Done.".equals(run.outputText())) {
      throw new IllegalStateException("the loop ran " + run.calls().size() + " calls and"
          + " answered " + run.outputText() + ", not " + calls + " calls and Done.");
    }
    return run;
  }
}
