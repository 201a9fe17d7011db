package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Settings from configuration: MicroProfile Config (SmallRye here) under {@code opeai.responses.},
 * named clients with their own keys, clear errors naming the key.
 */
class ExternalConfigTest {

  private static final String BATCH_KEY = SecretCanary.forAccount("batch");
  private static final String CONFIG_KEY = SecretCanary.forAccount("config");
  private static final String DEFAULT_KEY = SecretCanary.forAccount("default");
  private static final String FEATURE_CONFIG_KEY = SecretCanary.forAccount("feature-config");
  private static final String FROM_CONFIG_KEY = SecretCanary.forAccount("from-config");
  private static final String SYS_KEY = SecretCanary.forAccount("sys");

  @AfterEach
  void clear() {
    TestConfigSource.VALUES.clear();
  }

  @Test
  void theDefaultClientReadsEveryKeyFromMicroProfileConfig() {
    TestConfigSource.VALUES.putAll(Map.of(
        "opeai.responses.api-key", FROM_CONFIG_KEY,
        "opeai.responses.base-url", "http://127.0.0.1:9/v1/",
        "opeai.responses.organization", "org-config",
        "opeai.responses.project", "proj-config",
        "opeai.responses.connect-timeout", "2s",
        "opeai.responses.read-timeout", "PT45S",
        "opeai.responses.timeout", "3m",
        "opeai.responses.idle-timeout", "90000ms",
        "opeai.responses.max-retries", "5"));

    Settings settings = ResponsesClientBuilder.fromConfig((String) null).settings();

    assertThat(settings.apiKey()).isEqualTo(FROM_CONFIG_KEY);
    assertThat(settings.baseUri()).isEqualTo(URI.create("http://127.0.0.1:9/v1"));
    assertThat(settings.organization()).isEqualTo("org-config");
    assertThat(settings.project()).isEqualTo("proj-config");
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(3));
    assertThat(settings.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(settings.maxRetries()).isEqualTo(5);
  }

  @Test
  void aNamedClientReadsItsOwnKeysFirstAndFallsBackToTheDefaultOnes() {
    TestConfigSource.VALUES.putAll(Map.of(
        "opeai.responses.api-key", DEFAULT_KEY,
        "opeai.responses.base-url", "http://127.0.0.1:9/v1",
        "opeai.responses.max-retries", "4",
        "opeai.responses.\"batch.eu\".api-key", BATCH_KEY,
        "opeai.responses.\"batch.eu\".base-url", "http://127.0.0.1:10/v1",
        "opeai.responses.second.max-retries", "0"));

    Settings batch = ResponsesClientBuilder.fromConfig("batch.eu").settings();
    Settings second = ResponsesClientBuilder.fromConfig("second").settings();

    assertThat(batch.apiKey()).isEqualTo(BATCH_KEY);
    assertThat(batch.baseUri()).isEqualTo(URI.create("http://127.0.0.1:10/v1"));
    assertThat(batch.maxRetries()).isEqualTo(4);
    assertThat(second.apiKey()).isEqualTo(DEFAULT_KEY);
    assertThat(second.maxRetries()).isZero();
  }

  @Test
  void theNamesOfConfiguredClientsAreFoundInTheKeys() {
    TestConfigSource.VALUES.putAll(Map.of(
        "opeai.responses.api-key", DEFAULT_KEY,
        "opeai.responses.\"batch.eu\".api-key", BATCH_KEY,
        "opeai.responses.second.max-retries", "0",
        "opeai.responses.third.unknown-setting", "x"));

    assertThat(ResponsesClientBuilder.configuredClientNames())
        .containsExactly("batch.eu", "second");
  }

  @Test
  void settingsMadeOnTheBuilderWinOverConfiguration() {
    TestConfigSource.VALUES.put("opeai.responses.api-key", CONFIG_KEY);
    TestConfigSource.VALUES.put("opeai.responses.max-retries", "7");

    Settings settings = ResponsesClientBuilder.fromConfig("").maxRetries(1).settings();

    assertThat(settings.maxRetries()).isEqualTo(1);
    assertThat(settings.apiKey()).isEqualTo(CONFIG_KEY);
  }

  @Test
  void invalidValuesAreRefusedNamingTheirKey() {
    TestConfigSource.VALUES.put("opeai.responses.\"eu\".connect-timeout", "thirty seconds");
    TestConfigSource.VALUES.put("opeai.responses.max-retries", "two");
    TestConfigSource.VALUES.put("opeai.responses.\"us\".base-url", "ftp://example");

    assertThatThrownBy(() -> ResponsesClientBuilder.fromConfig("eu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opeai.responses.\"eu\".connect-timeout")
        .hasMessageContaining("\"thirty seconds\" is not a duration")
        .hasMessageContaining("30s");
    TestConfigSource.VALUES.remove("opeai.responses.\"eu\".connect-timeout");
    assertThatThrownBy(() -> ResponsesClientBuilder.fromConfig("eu"))
        .hasMessageContaining("opeai.responses.\"eu\".max-retries")
        .hasMessageContaining("\"two\" is not a whole number");
    TestConfigSource.VALUES.remove("opeai.responses.max-retries");
    assertThatThrownBy(() -> ResponsesClientBuilder.fromConfig("us"))
        .hasMessageContaining("opeai.responses.\"us\".base-url");
  }

  @Test
  void aMissingKeyNamesTheConfigurationKeyAndTheEnvironmentVariables() {
    Assumptions.assumeTrue(System.getenv("OPEAI_API_KEY") == null
        && System.getenv("OPENAI_API_KEY") == null, "an API key is set in this environment");

    assertThatThrownBy(() -> ResponsesClientBuilder.fromConfig("batch").validate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("opeai.responses.\"batch\".api-key")
        .hasMessageContaining("OPEAI_API_KEY");
  }

  @Test
  void withoutMicroProfileConfigSystemPropertiesThenTheEnvironmentAnswer() {
    Map<String, String> values = Map.of(
        "opeai.responses.\"eu\".idle-timeout", "1h",
        "opeai.responses.api-key", SYS_KEY);

    ExternalConfig config = ExternalConfig.of("eu", values::get);

    assertThat(config.duration("idle-timeout")).contains(Duration.ofHours(1));
    assertThat(config.text("api-key")).contains(SYS_KEY);
    assertThat(config.text("project")).isEmpty();
    assertThat(ExternalConfig.environmentName("opeai.responses.\"eu\".api-key"))
        .isEqualTo("OPEAI_RESPONSES__EU__API_KEY");
  }

  @Test
  void theFeatureRegisteredByClassConfiguresItselfFromConfiguration() throws Exception {
    TestConfigSource.VALUES.put("opeai.responses.api-key", FEATURE_CONFIG_KEY);
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      server.enqueue(Reply.text("Registered by class."));
      Client client = JerseyClientBuilder.createClient().register(ResponsesFeature.class);
      try {
        Response response = client.target(server.baseUri()).path("responses").request()
            .post(Entity.json(ResponsesClientTest.request("Hi")), Response.class);

        assertThat(response.outputText()).isEqualTo("Registered by class.");
        assertThat(server.takeRequest().header("Authorization"))
            .hasValue("Bearer " + FEATURE_CONFIG_KEY);
      } finally {
        client.close();
      }
    }
    assertThat(new ResponsesFeature()).hasToString("ResponsesFeature[from configuration]");
  }
}
