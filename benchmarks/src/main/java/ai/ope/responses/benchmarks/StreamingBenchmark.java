package ai.ope.responses.benchmarks;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.client.ResponseStream;
import ai.ope.responses.testkit.Reply;
import com.openai.core.http.StreamResponse;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streaming throughput: a whole stream consumed event by event from the fake server at full
 * speed, by our client, by openai-java, and by the JDK client reading lines without JSON (the
 * floor no client can beat). The {@code events} counter gives events per second.
 */
public class StreamingBenchmark extends ThroughputBenchmark {

  /** {@code synthetic}: 20,000 text deltas; {@code recorded-NNN}: a corpus stream. */
  @Param({"synthetic", "recorded-095", "recorded-094"})
  public String source;

  private ComparedClients clients;

  /** Starts the server with the stream as its only answer, and the clients. */
  @Setup
  public void start() {
    String stream = source.equals("synthetic") ? Payloads.textStream(20_000)
        : Payloads.recordedStream(source.substring("recorded-".length()) + "_");
    clients = new ComparedClients(Reply.sse(stream));
  }

  /** Closes what {@link #start()} opened. */
  @TearDown
  public void stop() {
    clients.close();
  }

  /** Ours: {@code ResponsesClient.stream()} iterated to the end. */
  @Benchmark
  @Warmup(iterations = Warmups.OURS - 4) // a stream is one long loop: compiled sooner
  @Measurement(iterations = Warmups.MEASURED)
  public void responsesClient(Events counter, Blackhole sink) {
    try (ResponseStream stream = clients.ours.stream(Clients.REQUEST)) {
      for (ResponseStreamEvent event : stream) {
        sink.consume(event);
        counter.events++;
      }
    }
  }

  /** openai-java: {@code createStreaming()} iterated to the end. */
  @Benchmark
  @Warmup(iterations = Warmups.OPENAI_JAVA - 5) // settles after ~9 s here
  @Measurement(iterations = Warmups.MEASURED)
  public void openaiJava(Events counter, Blackhole sink) {
    try (StreamResponse<com.openai.models.responses.ResponseStreamEvent> stream =
        clients.openaiJava.responses().createStreaming(Clients.PARAMS)) {
      stream.stream().forEach(event -> {
        sink.consume(event);
        counter.events++;
      });
    }
  }

  /** The floor: the JDK client's lines, an event counted per {@code data:} line, no JSON. */
  @Benchmark
  @Warmup(iterations = Warmups.FLOOR - 1)
  @Measurement(iterations = Warmups.MEASURED)
  public void jdkLinesFloor(Events counter, Blackhole sink) throws IOException {
    try (RawLines lines = new RawLines(Clients.post(clients.jdk, clients.baseUri(), true))) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (line.startsWith("data:")) {
          sink.consume(line);
          counter.events++;
        }
      }
    }
  }
}
