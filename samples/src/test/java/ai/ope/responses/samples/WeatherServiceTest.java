package ai.ope.responses.samples;

// TestingWithFakeServer: how a downstream project tests its own service class offline with the
// testkit. @FakeResponses gives each test a fake server; the test points its client at it,
// scripts the reply (or replays a cassette, or injects a fault), runs the service, and checks
// what the service sent.

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.client.RateLimitException;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import ai.ope.responses.testkit.junit.FakeResponses;
import ai.ope.responses.testkit.junit.UseCassette;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@FakeResponses
class WeatherServiceTest {

  private static ResponsesClient clientOf(FakeResponsesServer server, int maxRetries) {
    return ResponsesClient.builder().apiKey("sk-test").baseUrl(server.baseUri().toString())
        .maxRetries(maxRetries).build();
  }

  @Test
  void answersWithTheModelsTextAndSendsTheQuestion(FakeResponsesServer server) throws Exception {
    server.enqueue(Reply.text("Sunny, 21 °C."));

    try (ResponsesClient client = clientOf(server, 0)) {
      assertThat(new WeatherService(client).forecast("Paris")).isEqualTo("Sunny, 21 °C.");
    }

    RecordedRequest sent = server.takeRequest();
    CreateResponseRequest request = sent.bodyAs(CreateResponseRequest.class);
    assertThat(request.model()).isEqualTo("gpt-5.4-mini");
    assertThat(sent.bodyAsString()).contains("What is the weather in Paris?");
    assertThat(sent.header("Authorization")).hasValue("Bearer sk-test");
  }

  @Test
  @UseCassette("cassettes/weather")
  void replaysARecordedAnswer(FakeResponsesServer server) {
    try (ResponsesClient client = clientOf(server, 0)) {
      assertThat(new WeatherService(client).forecast("Paris"))
          .isEqualTo("Light rain, 14 degrees, clearing by evening.");
    }
  }

  @Test
  void aRateLimitIsRetriedAndThenSurfaces(FakeResponsesServer server) {
    server.enqueue(Reply.rateLimited(Duration.ofMillis(200)));
    server.enqueue(Reply.text("Windy."));
    server.enqueue(Reply.rateLimited(Duration.ofMillis(200)));

    try (ResponsesClient retrying = clientOf(server, 1);
        ResponsesClient impatient = clientOf(server, 0)) {
      assertThat(new WeatherService(retrying).forecast("Oslo")).isEqualTo("Windy.");
      assertThatThrownBy(() -> new WeatherService(impatient).forecast("Oslo"))
          .isInstanceOf(RateLimitException.class);
    }
    assertThat(server.requestCount()).isEqualTo(3);
  }
}
