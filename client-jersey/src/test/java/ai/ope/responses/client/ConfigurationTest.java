package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the settings come from, and the errors when they are wrong. */
class ConfigurationTest {

  private static final String ENV_KEY = SecretCanary.forAccount("env");
  private static final String OPEAI_KEY = SecretCanary.forAccount("opeai-key");
  private static final String OPENAI_KEY = SecretCanary.forAccount("openai-key");

  @Test
  void aMissingKeyFailsAtBuildTimeNamingTheVariables() {
    assertThatThrownBy(() -> ResponsesClient.builder().lookup(name -> null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OPEAI_API_KEY").hasMessageContaining("OPENAI_API_KEY")
        .hasMessageContaining("apiKey(...)");
  }

  @Test
  void theEnvironmentIsReadOpeaiNamesFirst() {
    Map<String, String> environment = Map.of(
        "OPEAI_API_KEY", OPEAI_KEY,
        "OPENAI_API_KEY", OPENAI_KEY,
        "OPENAI_BASE_URL", "http://localhost:9999/v1/",
        "OPENAI_ORG_ID", "org-env");

    Settings settings = ResponsesClient.builder().lookup(environment::get).settings();

    assertThat(settings.apiKey()).isEqualTo(OPEAI_KEY);
    assertThat(settings.baseUri()).isEqualTo(URI.create("http://localhost:9999/v1"));
    assertThat(settings.organization()).isEqualTo("org-env");
    assertThat(settings.project()).isNull();
  }

  @Test
  void theBuilderWinsOverTheEnvironmentAndTheDefaultBaseUrlIsThePlatforms() {
    Settings settings = ResponsesClient.builder()
        .lookup(Map.of("OPEAI_API_KEY", ENV_KEY)::get)
        .apiKey(SecretCanary.KEY).settings();

    assertThat(settings.apiKey()).isEqualTo(SecretCanary.KEY);
    assertThat(settings.baseUri()).isEqualTo(URI.create("https://api-platform.ope.ai/v1"));
    assertThat(settings.maxRetries()).isEqualTo(2);
  }

  @Test
  void aBadBaseUrlIsReportedWithItsSource() {
    assertThatThrownBy(() -> ResponsesClient.builder().lookup(name -> null).apiKey(SecretCanary.KEY)
        .baseUrl("ftp://example.com").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid base URL from baseUrl(...): \"ftp://example.com\"");
    assertThatThrownBy(() -> ResponsesClient.builder()
        .lookup(Map.of("OPEAI_API_KEY", SecretCanary.KEY, "OPEAI_BASE_URL", "not a url")::get)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OPEAI_BASE_URL");
  }

  @Test
  void nonsenseValuesAreRejectedWhereTheyAreGiven() {
    ResponsesClientBuilder builder = ResponsesClient.builder();

    assertThatThrownBy(() -> builder.maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.readTimeout(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InputItemsParams.defaults().withLimit(101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResponsesFeature.withApiKey(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
