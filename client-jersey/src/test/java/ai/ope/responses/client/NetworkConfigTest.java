package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network and authentication keys of {@code fromConfig}: read, and refused clearly. */
class NetworkConfigTest {

  private static final String PROXY_PASSWORD = SecretCanary.forAccount("proxy-config");

  private static Settings settings(Map<String, String> keys) {
    return ResponsesClientBuilder.fromConfig(ExternalConfig.of("gateway", keys::get))
        .lookup(name -> null).apiKey(SecretCanary.KEY).settings();
  }

  @Test
  void theKeysSetProxyVersionDefaultsAndHeader() {
    Settings settings = settings(Map.of(
        "opeai.responses.gateway.proxy", "proxy.internal:3128",
        "opeai.responses.proxy-user", "alice",
        "opeai.responses.proxy-password", PROXY_PASSWORD,
        "opeai.responses.non-proxy-hosts", "localhost|*.internal",
        "opeai.responses.gateway.http-version", "HTTP/2",
        "opeai.responses.default-headers", "X-Team=search, X-Note=a\\,b",
        "opeai.responses.default-query-parameters", "api-version=2025-01-01",
        "opeai.responses.auth-header", "api-key"));

    ProxySettings proxy = settings.network().proxy();
    assertThat(proxy.describe()).isEqualTo("proxy.internal:3128");
    assertThat(proxy.authorization()).startsWith("Basic ");
    assertThat(proxy.bypasses("models.internal")).isTrue();
    assertThat(proxy.bypasses("api-platform.ope.ai")).isFalse();
    assertThat(settings.network().httpVersion()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(settings.httpTransport()).as("HTTP/2 needs the JDK client")
        .isEqualTo(HttpTransport.JDK_HTTP_CLIENT);
    assertThat(settings.defaults().headers())
        .containsExactly(Map.entry("X-Team", "search"), Map.entry("X-Note", "a,b"));
    assertThat(settings.defaults().queryParameters())
        .containsExactly(Map.entry("api-version", "2025-01-01"));
    assertThat(settings.authentication().header()).isEqualTo("api-key");
    assertThat(settings.toString()).doesNotContain(PROXY_PASSWORD).contains("proxy.internal");
    assertThat(ResponsesClientBuilder.fromConfig(ExternalConfig.of("gateway", Map.of(
        "opeai.responses.proxy-user", "alice", "opeai.responses.proxy", "http://p:1",
        "opeai.responses.proxy-password", PROXY_PASSWORD)::get)).toString())
        .doesNotContain(PROXY_PASSWORD);
  }

  @Test
  void badValuesNameTheirKeyAndNeverTheSecret() {
    assertThatThrownBy(() -> settings(Map.of("opeai.responses.proxy", "ftp://p:1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opeai.responses.\"gateway\".proxy");
    assertThatThrownBy(() -> settings(Map.of("opeai.responses.proxy", "p")))
        .hasMessageContaining("host:port");
    assertThatThrownBy(() -> settings(Map.of("opeai.responses.proxy",
        "http://alice:" + PROXY_PASSWORD + "@p:1")))
        .hasMessageContaining("credentials in the URI").hasMessageNotContaining(PROXY_PASSWORD);
    assertThatThrownBy(() -> settings(Map.of("opeai.responses.proxy-password", PROXY_PASSWORD,
        "opeai.responses.proxy", "p:1")))
        .hasMessageContaining("proxy-user").hasMessageNotContaining(PROXY_PASSWORD);
    assertThatThrownBy(() -> settings(Map.of("opeai.responses.http-version", "HTTP/3")))
        .hasMessageContaining("http-version").hasMessageContaining("HTTP/3");
    assertThatThrownBy(() -> settings(Map.of("opeai.responses.default-headers",
        "X-Team=search," + PROXY_PASSWORD)))
        .hasMessageContaining("default-headers").hasMessageContaining("entry 2")
        .hasMessageNotContaining(PROXY_PASSWORD);
    assertThatThrownBy(() -> settings(Map.of("opeai.responses.auth-header", "api key")))
        .hasMessageContaining("auth-header");
    assertThatThrownBy(() -> settings(Map.of("opeai.responses.trust-store", "/no/such.p12",
        "opeai.responses.trust-store-password", PROXY_PASSWORD)))
        .hasMessageContaining("opeai.responses.\"gateway\".trust-store")
        .hasMessageNotContaining(PROXY_PASSWORD);
  }

  @Test
  void conflictingOptionsAreRefused() {
    HttpClient own = HttpClient.newHttpClient();
    assertThatThrownBy(() -> ResponsesClient.builder().lookup(name -> null).apiKey("k")
        .httpClient(own).proxy(java.net.URI.create("http://p:1")).validate())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("proxy");
    assertThatThrownBy(() -> ResponsesClient.builder().lookup(name -> null).apiKey("k")
        .httpClient(own).httpTransport(HttpTransport.BUILT_IN).validate())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("JDK_HTTP_CLIENT");
    assertThatThrownBy(() -> ResponsesClient.builder().lookup(name -> null).apiKey("k")
        .httpVersion(HttpClient.Version.HTTP_2).httpTransport(HttpTransport.BUILT_IN).validate())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("HTTP/1.1 only");
    assertThat(ResponsesClient.builder().lookup(name -> null).apiKey("k").httpClient(own)
        .settings().httpTransport()).isEqualTo(HttpTransport.JDK_HTTP_CLIENT);
  }
}
