package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A gateway with a self-signed certificate (the fake server over TLS): refused with a clear
 * error until the client trusts it, by trust store or by {@code SSLContext}, on both transports.
 */
class TlsTest {

  @TempDir
  static Path folder;
  private static SelfSignedCertificate certificate;
  private static FakeResponsesServer server;

  @BeforeAll
  static void start() throws Exception {
    certificate = SelfSignedCertificate.make(folder);
    server = FakeResponsesServer.builder().tls(certificate.serverContext()).start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static ResponsesClient client(HttpTransport transport,
      Consumer<ResponsesClientBuilder> options) {
    ResponsesClientBuilder builder = ResponsesClient.builder().lookup(name -> null)
        .apiKey(SecretCanary.KEY).baseUrl(server.baseUri().toString()).httpTransport(transport)
        .maxRetries(0).connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10));
    options.accept(builder);
    return builder.build();
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void anUntrustedCertificateIsAClearConnectionError(HttpTransport transport) {
    try (ResponsesClient client = client(transport, builder -> { })) {
      assertThatThrownBy(() -> client.create(Frames.request("hi")))
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("127.0.0.1:" + server.port())
          .hasMessageContaining("certificate is not trusted")
          .hasMessageContaining("trustStore(...)");
    }
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void aTrustStoreLetsCreateAndStreamThrough(HttpTransport transport) {
    server.enqueue(Reply.text("created"));
    server.enqueue(Reply.text("streamed"));
    try (ResponsesClient client = client(transport, builder -> builder.trustStore(
        certificate.trustStore, null, SelfSignedCertificate.PASSWORD.toCharArray()))) {
      assertThat(client.create(Frames.request("one")).outputText()).isEqualTo("created");
      try (ResponseStream stream = client.stream(Frames.request("two"))) {
        assertThat(stream.finalResponse().outputText()).isEqualTo("streamed");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void anSslContextLetsCreateAndStreamThrough(HttpTransport transport) throws Exception {
    server.enqueue(Reply.text("created"));
    server.enqueue(Reply.text("streamed"));
    var context = certificate.trustingContext();
    try (ResponsesClient client = client(transport, builder -> builder.sslContext(context))) {
      assertThat(client.create(Frames.request("one")).outputText()).isEqualTo("created");
      try (ResponseStream stream = client.stream(Frames.request("two"))) {
        assertThat(stream.finalResponse().outputText()).isEqualTo("streamed");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void aWrongTrustStorePasswordNamesTheSettingNotThePassword() {
    String wrong = SecretCanary.forAccount("wrong-store-password");
    assertThatThrownBy(() -> ResponsesClient.builder().lookup(name -> null)
        .apiKey(SecretCanary.KEY).trustStore(certificate.trustStore, "PKCS12",
            wrong.toCharArray()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trustStore(...)")
        .hasMessageContaining("wrong password")
        .hasMessageNotContaining(wrong);
    assertThatThrownBy(() -> ResponsesClient.builder().lookup(name -> null)
        .apiKey(SecretCanary.KEY).trustStore(folder.resolve("missing.p12"), "PKCS12",
            null).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such file");
    assertThatThrownBy(() -> ResponsesClient.builder().lookup(name -> null)
        .apiKey(SecretCanary.KEY).trustStore(certificate.trustStore, "NOPE", null).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"NOPE\"");
  }
}
