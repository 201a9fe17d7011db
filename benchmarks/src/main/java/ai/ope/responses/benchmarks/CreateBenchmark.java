package ai.ope.responses.benchmarks;

import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Non-streaming create round trips against the fake server: a typical 2 KB answer and a 1.9 MB
 * image-generation answer, each parsed into the client's model (the raw JDK client parses it
 * into a Parsson tree).
 */
public class CreateBenchmark extends ThroughputBenchmark {

  /** {@code small}: about 2 KB; {@code large}: about 1.9 MB. */
  @Param({"small", "large"})
  public String size;

  private ComparedClients clients;

  /** Starts the server with the answer, and the clients. */
  @Setup
  public void start() {
    String body = size.equals("small") ? Payloads.smallResponse() : Payloads.largeResponse();
    clients = new ComparedClients(Reply.json(200, body));
  }

  /** Closes what {@link #start()} opened. */
  @TearDown
  public void stop() {
    clients.close();
  }

  /** Ours: {@code ResponsesClient.create()}. */
  @Benchmark
  @Warmup(iterations = Warmups.OURS)
  @Measurement(iterations = Warmups.MEASURED)
  public Response responsesClient() {
    return clients.ours.create(Clients.REQUEST);
  }

  /** openai-java: {@code responses().create()}. */
  @Benchmark
  @Warmup(iterations = Warmups.OPENAI_JAVA)
  @Measurement(iterations = Warmups.MEASURED)
  public com.openai.models.responses.Response openaiJava() {
    return clients.openaiJava.responses().create(Clients.PARAMS);
  }

  /** The floor: the JDK client and a Parsson tree of the body. */
  @Benchmark
  @Warmup(iterations = Warmups.FLOOR)
  @Measurement(iterations = Warmups.MEASURED)
  public JsonObject jdkParssonTree() {
    try (JsonReader reader =
        Json.createReader(Clients.post(clients.jdk, clients.baseUri(), false))) {
      return reader.readObject();
    }
  }
}
