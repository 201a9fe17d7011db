package ai.ope.responses.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From nothing to the first response served: start the server, script the answer, send one
 * request and read it, stop. {@code warm*}: in a JVM that has done it before (a test suite's
 * second test); {@code cold*}: the first time in a fresh JVM, class loading included (a test
 * suite's first test).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ServerStartBenchmark {

  /** Which server. */
  @Param({"fake-responses-server", "wiremock"})
  public String engine;

  private final HttpClient jdk = Clients.jdk();

  /** Start to first response in a warm JVM. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 3, time = 1)
  @Fork(1)
  public int warmStartToFirstResponse() throws IOException {
    return startServeStop();
  }

  /** Start to first response, once per fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public int coldStartToFirstResponse() throws IOException {
    return startServeStop();
  }

  private int startServeStop() throws IOException {
    try (ServedBodies server = ServedBodies.start(engine);
        InputStream body = Clients.post(jdk, server.baseUri(), false)) {
      return body.readAllBytes().length;
    }
  }
}
