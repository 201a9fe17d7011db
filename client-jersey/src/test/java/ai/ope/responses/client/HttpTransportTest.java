package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Choosing the HTTP stack: the built-in one by default, the JDK's by option or configuration. */
class HttpTransportTest {

  @Test
  void theBuiltInTransportIsTheDefault() {
    Settings settings = ResponsesClient.builder().lookup(name -> null)
        .apiKey(SecretCanary.KEY).settings();

    assertThat(settings.httpTransport()).isEqualTo(HttpTransport.BUILT_IN);
  }

  @Test
  void configurationNamesTheTransportInAnyCase() {
    assertThat(configured("jdk-http-client")).isEqualTo(HttpTransport.JDK_HTTP_CLIENT);
    assertThat(configured("JDK_HTTP_CLIENT")).isEqualTo(HttpTransport.JDK_HTTP_CLIENT);
    assertThat(configured("Built-In")).isEqualTo(HttpTransport.BUILT_IN);
    assertThatThrownBy(() -> configured("okhttp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid opeai.responses.http-transport: \"okhttp\" is not built-in or"
            + " jdk-http-client");
  }

  private static HttpTransport configured(String value) {
    Map<String, String> values = Map.of("opeai.responses.api-key", SecretCanary.KEY,
        "opeai.responses.http-transport", value);
    return ResponsesClientBuilder.fromConfig(ExternalConfig.of(null, values::get))
        .lookup(name -> null).settings().httpTransport();
  }

  @Test
  void bothTransportsCarryTheSameCallsAndTheSameHeaders() throws Exception {
    for (HttpTransport transport : HttpTransport.values()) {
      try (FakeServerFixture fixture = new FakeServerFixture(FakeResponsesServer.start(),
          builder -> builder.httpTransport(transport))) {
        fixture.server.enqueue(Reply.text("over " + transport));
        fixture.server.enqueue(Reply.text("streamed"));

        assertThat(fixture.client.create(ResponsesClientTest.request("Hi")).outputText())
            .isEqualTo("over " + transport);
        try (ResponseStream stream = fixture.client.stream(ResponsesClientTest.request("Hi"))) {
          stream.forEach(event -> { });
          assertThat(stream.finalResponse().outputText()).isEqualTo("streamed");
        }
        var request = fixture.server.takeRequest();
        assertThat(request.header("Authorization")).hasValue("Bearer " + FakeServerFixture.KEY);
        assertThat(request.header("User-Agent")).hasValueSatisfying(
            agent -> assertThat(agent).startsWith("responses-jakarta"));
      }
    }
  }
}
