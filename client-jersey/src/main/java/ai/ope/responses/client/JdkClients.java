package ai.ope.responses.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Configuration;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.client.ClientProperties;

/**
 * The JDK client of {@link JdkHttpConnector} as the {@link Network} settings make it, and its
 * handling of a configured proxy.
 *
 * <p>Proxy credentials are sent preemptively as a {@code Proxy-Authorization} request header
 * rather than through an {@code Authenticator}: the JDK client disables Basic authentication for
 * HTTPS tunnels by default ({@code jdk.http.auth.tunneling.disabledSchemes=Basic}) and would never
 * answer the proxy's 407 for a {@code CONNECT}, while it does carry a caller's
 * {@code Proxy-Authorization} header on the {@code CONNECT} (and not on to the server through the
 * tunnel). It also saves a round trip, and a wrong password is sent once per attempt, not once
 * per challenge.
 */
final class JdkClients {

  private JdkClients() {}

  static HttpClient create(Configuration configuration, Network network) {
    Object connect = configuration.getProperty(ClientProperties.CONNECT_TIMEOUT);
    HttpClient.Builder builder = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL);
    if (connect instanceof Integer millis && millis > 0) {
      builder.connectTimeout(Duration.ofMillis(millis));
    }
    if (network.sslContext() != null) {
      builder.sslContext(network.sslContext());
    }
    if (network.proxy() != null) {
      builder.proxy(new Selector(network.proxy()));
    }
    return builder.build();
  }

  /** The {@code Proxy-Authorization} value for a request that goes through the proxy. */
  static Optional<String> proxyAuthorization(Network network, URI uri) {
    ProxySettings proxy = network.proxyFor(uri.getHost());
    return proxy == null ? Optional.empty() : Optional.ofNullable(proxy.authorization());
  }

  /** The failure of a request the proxy answered with 407. */
  static ProcessingException proxyRefused(ProxySettings proxy, URI target, Throwable cause) {
    String message = ProxyTunnel.refusal(proxy, target.getHost() + ":" + port(target), 407,
        "Proxy Authentication Required");
    return new ProcessingException(message, new ProxyAuthenticationException(message, cause));
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443
        : 80;
  }

  static void discard(InputStream body) {
    try (body) {
      body.readNBytes(64 * 1024);
    } catch (IOException ignored) {
      // the answer is refused anyway
    }
  }

  /** Sends every request through the configured proxy but those to its non-proxy hosts. */
  private static final class Selector extends ProxySelector {

    private final ProxySettings proxy;

    Selector(ProxySettings proxy) {
      this.proxy = proxy;
    }

    @Override
    public List<Proxy> select(URI uri) {
      if (uri.getHost() == null || proxy.bypasses(uri.getHost())) {
        return List.of(Proxy.NO_PROXY);
      }
      return List.of(new Proxy(Proxy.Type.HTTP,
          new InetSocketAddress(proxy.host(), proxy.port())));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      // nothing to learn: there is one proxy
    }
  }
}
