package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests through a real forwarding proxy on loopback ({@link ForwardingProxy}), on both
 * transports: plain requests in absolute form and TLS through a {@code CONNECT} tunnel, Basic
 * credentials, a 407 for missing or wrong ones, and hosts that bypass the proxy.
 */
class ProxyTest {

  private static final String USER = "alice";
  private static final String PASSWORD = SecretCanary.forAccount("proxy");

  @TempDir
  static Path folder;
  private static SelfSignedCertificate certificate;

  @BeforeAll
  static void makeCertificate() throws Exception {
    certificate = SelfSignedCertificate.make(folder);
  }

  private static ResponsesClient client(FakeResponsesServer server, HttpTransport transport,
      Consumer<ResponsesClientBuilder> options) {
    ResponsesClientBuilder builder = ResponsesClient.builder().lookup(name -> null)
        .apiKey(SecretCanary.KEY).baseUrl(server.baseUri().toString()).httpTransport(transport)
        .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10));
    options.accept(builder);
    return builder.build();
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void plainRequestsGoThroughTheProxyInAbsoluteFormWithCredentials(HttpTransport transport)
      throws Exception {
    try (ForwardingProxy proxy = new ForwardingProxy(USER, PASSWORD);
        FakeResponsesServer server = FakeResponsesServer.start();
        ResponsesClient client = client(server, transport, builder -> builder
            .proxy(proxy.uri()).proxyCredentials(USER, PASSWORD))) {
      server.enqueue(Reply.text("created"));
      server.enqueue(Reply.text("streamed"));

      assertThat(client.create(Frames.request("one")).outputText()).isEqualTo("created");
      try (ResponseStream stream = client.stream(Frames.request("two"))) {
        assertThat(stream.finalResponse().outputText()).isEqualTo("streamed");
      }

      assertThat(proxy.seen()).allSatisfy(seen -> assertThat(seen.requestLine())
          .isEqualTo("POST " + server.baseUri() + "/responses HTTP/1.1"));
      // the JDK client sends them once challenged, then for every request; ours at once
      assertThat(proxy.seen()).filteredOn(seen -> seen.proxyAuthorization() != null)
          .hasSize(2).allSatisfy(seen -> assertThat(seen.proxyAuthorization())
              .isEqualTo(basic()));
      assertThat(server.takeRequest().header("Proxy-Authorization")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void tlsGoesThroughAConnectTunnel(HttpTransport transport) throws Exception {
    // the JDK client sends Basic through a tunnel only with a JVM-wide property (see below)
    boolean credentials = transport == HttpTransport.BUILT_IN;
    try (ForwardingProxy proxy = credentials ? new ForwardingProxy(USER, PASSWORD)
            : new ForwardingProxy(null, null);
        FakeResponsesServer server = FakeResponsesServer.builder()
            .tls(certificate.serverContext()).start();
        ResponsesClient client = client(server, transport, builder -> {
          builder.proxy(proxy.uri()).trustStore(certificate.trustStore, "PKCS12",
              SelfSignedCertificate.PASSWORD.toCharArray());
          if (credentials) {
            builder.proxyCredentials(USER, PASSWORD);
          }
        })) {
      server.enqueue(Reply.text("created"));
      server.enqueue(Reply.text("streamed"));

      assertThat(client.create(Frames.request("one")).outputText()).isEqualTo("created");
      try (ResponseStream stream = client.stream(Frames.request("two"))) {
        assertThat(stream.finalResponse().outputText()).isEqualTo("streamed");
      }

      String authority = server.baseUri().getHost() + ":" + server.baseUri().getPort();
      assertThat(proxy.seen()).isNotEmpty().allSatisfy(seen -> {
        assertThat(seen.requestLine()).isEqualTo("CONNECT " + authority + " HTTP/1.1");
        assertThat(seen.proxyAuthorization()).isEqualTo(credentials ? basic() : null);
      });
      assertThat(server.takeRequest().header("Proxy-Authorization")).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void theJdkClientNamesTheJvmPropertyItNeedsForBasicThroughATunnel() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("jdk.http.auth.tunneling.disabledSchemes") == null,
        "this JVM runs with jdk.http.auth.tunneling.disabledSchemes set");
    try (ForwardingProxy proxy = new ForwardingProxy(USER, PASSWORD);
        FakeResponsesServer server = FakeResponsesServer.builder()
            .tls(certificate.serverContext()).start();
        ResponsesClient client = client(server, HttpTransport.JDK_HTTP_CLIENT, builder ->
            trusting(builder, true).proxy(proxy.uri()).proxyCredentials(USER, PASSWORD))) {
      assertThatThrownBy(() -> client.create(Frames.request("one")))
          .isInstanceOf(ProxyAuthenticationException.class)
          .hasMessageContaining("-Djdk.http.auth.tunneling.disabledSchemes=")
          .hasMessageContaining("BUILT_IN")
          .hasMessageNotContaining(PASSWORD);
      assertThat(proxy.seen()).as("not retried").hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void withoutCredentialsThe407IsAClearErrorNotRetried(HttpTransport transport)
      throws Exception {
    for (boolean tls : new boolean[] {false, true}) {
      try (ForwardingProxy proxy = new ForwardingProxy(USER, PASSWORD);
          FakeResponsesServer server = server(tls);
          ResponsesClient client = client(server, transport, builder -> trusting(builder, tls)
              .proxy(proxy.uri()))) {
        assertThatThrownBy(() -> client.create(Frames.request("one")))
            .as(tls ? "https" : "http")
            .isInstanceOf(ProxyAuthenticationException.class)
            .hasMessageContaining("proxy 127.0.0.1:" + proxy.uri().getPort())
            .hasMessageContaining("407")
            .hasMessageContaining("proxy-user");
        assertThat(proxy.seen()).as("not retried").hasSize(1);
        assertThat(server.requestCount()).isZero();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void wrongCredentialsAreRefusedWithoutShowingThePassword(HttpTransport transport)
      throws Exception {
    for (boolean tls : new boolean[] {false, true}) {
      String wrong = SecretCanary.forAccount("wrong-proxy-password");
      try (ForwardingProxy proxy = new ForwardingProxy(USER, PASSWORD);
          FakeResponsesServer server = server(tls);
          ResponsesClient client = client(server, transport, builder -> trusting(builder, tls)
              .proxy(proxy.uri()).proxyCredentials(USER, wrong))) {
        assertThatThrownBy(() -> client.create(Frames.request("one")))
            .as(tls ? "https" : "http")
            .isInstanceOf(ProxyAuthenticationException.class)
            .hasMessageContaining("rejected the credentials of user \"alice\"")
            .hasMessageNotContaining(wrong);
        assertThat(client.toString()).doesNotContain(wrong);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void nonProxyHostsAreReachedDirectly(HttpTransport transport) throws Exception {
    try (ForwardingProxy proxy = new ForwardingProxy(null, null);
        FakeResponsesServer server = FakeResponsesServer.start();
        ResponsesClient client = client(server, transport, builder -> builder
            .proxy(proxy.uri()).nonProxyHosts("localhost|127.*"))) {
      server.enqueue(Reply.text("direct"));

      assertThat(client.create(Frames.request("one")).outputText()).isEqualTo("direct");
      assertThat(proxy.seen()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void aProxyThatIsDownIsAConnectionErrorNamingIt(HttpTransport transport) throws Exception {
    URI gone;
    try (ForwardingProxy proxy = new ForwardingProxy(null, null)) {
      gone = proxy.uri();
    }
    try (FakeResponsesServer server = FakeResponsesServer.start();
        ResponsesClient client = client(server, transport, builder -> builder.proxy(gone)
            .maxRetries(0))) {
      assertThatThrownBy(() -> client.create(Frames.request("one")))
          .isInstanceOf(ConnectionException.class);
      assertThat(server.requestCount()).isZero();
    }
  }

  private static FakeResponsesServer server(boolean tls) throws Exception {
    return tls ? FakeResponsesServer.builder().tls(certificate.serverContext()).start()
        : FakeResponsesServer.start();
  }

  private static ResponsesClientBuilder trusting(ResponsesClientBuilder builder, boolean tls) {
    try {
      return tls ? builder.sslContext(certificate.trustingContext()) : builder;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
