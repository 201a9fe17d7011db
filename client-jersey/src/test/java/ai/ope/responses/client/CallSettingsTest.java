package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A call's limits: per-call options over the client's settings over the builder's defaults. */
class CallSettingsTest {

  private static ResponsesClientBuilder builder() {
    return ResponsesClient.builder().apiKey("sk-test").lookup(name -> null);
  }

  @Test
  void withoutOptionsOrConfigurationTheDefaultsApply() {
    CallSettings limits = CallSettings.of(RequestOptions.none(), builder().settings());

    assertThat(limits.timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(limits.readTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(limits.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(limits.streamIdleTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(limits.maxRetries()).isEqualTo(2);
    assertThat(limits.headers()).isEmpty();
    assertThat(limits.queryParameters()).isEmpty();
  }

  @Test
  void theClientsSettingsReplaceTheDefaults() {
    Settings settings = builder().timeout(Duration.ofSeconds(40))
        .readTimeout(Duration.ofSeconds(20)).connectTimeout(Duration.ofSeconds(3))
        .streamIdleTimeout(Duration.ofSeconds(15)).maxRetries(5).settings();

    CallSettings limits = CallSettings.of(RequestOptions.none(), settings);

    assertThat(limits.timeout()).isEqualTo(Duration.ofSeconds(40));
    assertThat(limits.readTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(limits.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(limits.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(limits.maxRetries()).isEqualTo(5);
  }

  @Test
  void aCallsOptionsReplaceTheClientsSettings() {
    Settings settings = builder().timeout(Duration.ofSeconds(40))
        .readTimeout(Duration.ofSeconds(20)).streamIdleTimeout(Duration.ofSeconds(15))
        .maxRetries(5).settings();
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(4))
        .readTimeout(Duration.ofSeconds(2)).maxRetries(0).header("x-trace", "t1")
        .queryParameter("debug", "1").build();

    CallSettings limits = CallSettings.of(options, settings);

    assertThat(limits.timeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(limits.readTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(limits.maxRetries()).isZero();
    assertThat(limits.headers()).isEqualTo(Map.of("x-trace", "t1"));
    assertThat(limits.queryParameters()).isEqualTo(Map.of("debug", "1"));
  }

  @Test
  void aCallsReadTimeoutIsAlsoItsStreamIdleTimeout() {
    Settings settings = builder().streamIdleTimeout(Duration.ofSeconds(15)).settings();
    RequestOptions options = RequestOptions.builder().readTimeout(Duration.ofSeconds(2)).build();

    assertThat(CallSettings.of(options, settings).streamIdleTimeout())
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void onlyTheOptionsThatAreSetReplaceTheClientsSettings() {
    Settings settings = builder().timeout(Duration.ofSeconds(40)).maxRetries(5).settings();
    RequestOptions options = RequestOptions.builder().maxRetries(1).build();

    CallSettings limits = CallSettings.of(options, settings);

    assertThat(limits.maxRetries()).isEqualTo(1);
    assertThat(limits.timeout()).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void theDeadlineIsTheStartPlusTheWholeCallTimeout() {
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofMillis(1500)).build();

    assertThat(CallSettings.of(options, builder().settings()).deadline(1_000L))
        .isEqualTo(1_000L + 1_500_000_000L);
  }

  @Test
  void nullOptionsAreRefusedByName() {
    Settings settings = builder().settings();

    assertThatThrownBy(() -> CallSettings.of(null, settings))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
  }
}
