package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS on the built-in connector, against the JDK's HTTPS server with a certificate made for the
 * test by {@code keytool} (valid for 127.0.0.1 only): requests go through on kept-alive
 * connections, and a name the certificate does not cover is refused.
 */
class SocketConnectorTlsTest {

  private static final char[] PASSWORD = "test-only".toCharArray();

  @TempDir
  static Path folder;
  private static HttpsServer server;
  private static SSLContext trusting;
  /** The client ports the server saw: one per connection. */
  private static final Set<Integer> CLIENT_PORTS = ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void start() throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    assumeTrue(Files.isExecutable(keytool), "no keytool in this JDK to make a certificate");
    Path store = folder.resolve("server.p12");
    Process made = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server",
        "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=test", "-ext",
        "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
        store.toString(), "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
    made.getInputStream().readAllBytes();
    assumeTrue(made.waitFor() == 0, "keytool could not make a certificate");
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD);
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
    keyManagers.init(keys, PASSWORD);
    SSLContext serving = SSLContext.getInstance("TLS");
    serving.init(keyManagers.getKeyManagers(), null, null);
    TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
    trust.init(keys);
    trusting = SSLContext.getInstance("TLS");
    trusting.init(null, trust.getTrustManagers(), null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serving));
    server.createContext("/", exchange -> {
      CLIENT_PORTS.add(exchange.getRemoteAddress().getPort());
      byte[] body = ("echo " + new String(exchange.getRequestBody().readAllBytes(),
          StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static Client client() {
    ClientConfig config = new ClientConfig()
        .property(ClientProperties.READ_TIMEOUT, 5_000)
        .connectorProvider(new SocketConnectorProvider());
    return new JerseyClientBuilder().withConfig(config).sslContext(trusting).build();
  }

  @Test
  void requestsGoThroughTlsOnAKeptConnection() {
    Client client = client();
    try {
      for (String text : new String[] {"one", "two"}) {
        try (Response response = client.target("https://127.0.0.1:"
            + server.getAddress().getPort() + "/v1/responses").request()
            .post(Entity.text(text))) {
          assertThat(response.getStatus()).isEqualTo(200);
          assertThat(response.readEntity(String.class)).isEqualTo("echo " + text);
        }
      }
      assertThat(CLIENT_PORTS).as("one kept-alive connection").hasSize(1);
    } finally {
      client.close();
    }
  }

  @Test
  void aHostTheCertificateDoesNotNameIsRefused() {
    Client client = client();
    try {
      assertThatThrownBy(() -> client.target("https://localhost:"
          + server.getAddress().getPort() + "/").request().get().close())
          .isInstanceOf(ProcessingException.class)
          .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
          .satisfies(failure -> assertThat(failure.getCause())
              .isInstanceOf(ConnectionException.class)
              .hasMessageContaining("certificate is not trusted")
              .hasCauseInstanceOf(SSLHandshakeException.class));
    } finally {
      client.close();
    }
  }
}
