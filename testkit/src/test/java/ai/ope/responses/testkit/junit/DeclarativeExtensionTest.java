package ai.ope.responses.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code @FakeResponses}: a server per test, injected, with a cassette by annotation. */
@FakeResponses
class DeclarativeExtensionTest {

  @Test
  void injectsTheServerAndItsBaseUri(FakeResponsesServer server, @BaseUri URI baseUri)
      throws Exception {
    server.enqueue(Reply.text("injected"));

    HttpResponse<String> answer = post(baseUri, "{\"model\":\"m\",\"input\":\"x\"}");

    assertThat(baseUri).isEqualTo(server.baseUri());
    assertThat(answer.body()).contains("injected");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  @UseCassette("cassettes/weather")
  void loadsTheCassetteTheTestNames(@BaseUri URI baseUri) throws Exception {
    HttpResponse<String> answer = post(baseUri,
        "{\"model\":\"gpt-5.4-mini\",\"input\":\"What is the weather in Paris?\","
            + "\"metadata\":{\"run\":\"volatile-1\"}}");

    assertThat(answer.body()).contains("Sunny, 21 degrees.");
  }

  static HttpResponse<String> post(URI baseUri, String json) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUri + "/responses"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
