package ai.ope.responses.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The fake server against WireMock under 16 concurrent clients (JDK HTTP clients, one per
 * thread, kept-alive connections): JSON requests per second, and stream events per second.
 */
@Threads(16)
public class FakeServerBenchmark extends ThroughputBenchmark {

  /** Which server. */
  @Param({"fake-responses-server", "wiremock"})
  public String engine;

  private ServedBodies server;

  /** One client per benchmark thread, as 16 test JVMs or test threads would have. */
  @State(Scope.Thread)
  public static class Client {
    final HttpClient http = Clients.jdk();
  }

  /** Starts the server. */
  @Setup
  public void start() {
    server = ServedBodies.start(engine);
  }

  /** Stops it. */
  @TearDown
  public void stop() {
    server.close();
  }

  /** One JSON create, its body read whole. */
  @Benchmark
  public int jsonRequests(Client client) throws IOException {
    try (InputStream body = Clients.post(client.http, server.baseUri(), false)) {
      return body.readAllBytes().length;
    }
  }

  /** One streamed create, its events counted. */
  @Benchmark
  public void sseRequests(Client client, Events counter) throws IOException {
    try (RawLines lines = new RawLines(Clients.post(client.http, server.baseUri(), true))) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (line.startsWith("data:")) {
          counter.events++;
        }
      }
    }
  }
}
