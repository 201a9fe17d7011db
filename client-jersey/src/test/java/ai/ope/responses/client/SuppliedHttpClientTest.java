package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An application's own JDK client carries the calls, and is left open by close(). */
class SuppliedHttpClientTest {

  @Test
  void callsGoThroughTheSuppliedClientWhichStaysUsableAfterClose() throws Exception {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService threads = Executors.newCachedThreadPool();
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      HttpClient own = HttpClient.newBuilder().executor(task -> {
        tasks.incrementAndGet();
        threads.execute(task);
      }).build();
      server.enqueue(Reply.text("created"));
      server.enqueue(Reply.text("streamed"));
      ResponsesClient client = ResponsesClient.builder().lookup(name -> null)
          .apiKey(SecretCanary.KEY).baseUrl(server.baseUri().toString()).httpClient(own)
          .readTimeout(Duration.ofSeconds(10)).build();
      try (client) {
        assertThat(client.create(Frames.request("one")).outputText()).isEqualTo("created");
        try (ResponseStream stream = client.stream(Frames.request("two"))) {
          assertThat(stream.finalResponse().outputText()).isEqualTo("streamed");
        }
      }
      assertThat(tasks.get()).as("the supplied client's executor ran the exchanges")
          .isPositive();
      assertThat(own.send(java.net.http.HttpRequest.newBuilder(server.baseUri()
          .resolve("/v1/responses/none")).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode())
          .as("still usable after the ResponsesClient is closed").isGreaterThan(0);
    } finally {
      threads.shutdownNow();
    }
  }
}
