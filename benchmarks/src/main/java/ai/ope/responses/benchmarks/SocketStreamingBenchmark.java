package ai.ope.responses.benchmarks;

import ai.ope.responses.client.ResponsesConnection;
import ai.ope.responses.testkit.Reply;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One response of 20,000 text deltas from the fake server, read event by event by our client at
 * full speed: over SSE ({@code stream()}, a POST per response) and over one WebSocket kept open
 * ({@code connect().send()}, each event a text frame). The same scripted reply answers both;
 * the JDK's WebSocket counting frames without JSON is the socket's floor.
 */
public class SocketStreamingBenchmark extends ThroughputBenchmark {

  private ComparedClients clients;
  private ResponsesConnection connection;
  private RawSocketFrames raw;

  /** Starts the server with the stream as its only answer, our client and its socket. */
  @Setup
  public void start() {
    clients = new ComparedClients(Reply.sse(Payloads.textStream(20_000)));
    connection = clients.ours.connect();
    raw = new RawSocketFrames(clients.jdk, clients.baseUri());
  }

  /** Closes what {@link #start()} opened. */
  @TearDown
  public void stop() {
    connection.close();
    raw.close();
    clients.close();
  }

  /** Over SSE: {@code ResponsesClient.stream()} iterated to the end. */
  @Benchmark
  @Warmup(iterations = Warmups.OURS - 4)
  @Measurement(iterations = Warmups.MEASURED)
  public void sse(Events counter, Blackhole sink) {
    counter.readAll(clients.ours.stream(Clients.REQUEST), sink);
  }

  /** Over the WebSocket: {@code ResponsesConnection.send()} iterated to the end. */
  @Benchmark
  @Warmup(iterations = Warmups.OURS - 4)
  @Measurement(iterations = Warmups.MEASURED)
  public void webSocket(Events counter, Blackhole sink) {
    counter.readAll(connection.send(Clients.REQUEST), sink);
  }

  /** The floor: the JDK's WebSocket on the same socket, frames counted, no JSON. */
  @Benchmark
  @Warmup(iterations = Warmups.FLOOR - 1)
  @Measurement(iterations = Warmups.MEASURED)
  public void jdkFramesFloor(Events counter) {
    counter.events += raw.oneResponse();
  }
}
