package ai.ope.responses.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Configuration;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.glassfish.jersey.client.ClientProperties;

/**
 * The JDK client of {@link JdkHttpConnector} (and of the WebSocket connections) as the
 * {@link Network} settings make it, its handling of a configured proxy, and its shutdown.
 *
 * <p>Proxy credentials, as measured on JDK 17, are given by an {@link Authenticator} when the
 * proxy asks (407), then cached by the JDK for the proxy: a {@code Proxy-Authorization} header
 * set on the request is dropped by the JDK once an authenticator is set, and is never copied onto
 * a {@code CONNECT}. For {@code https} (a {@code CONNECT} tunnel) the JDK disables Basic by
 * default ({@code jdk.http.auth.tunneling.disabledSchemes=Basic} in {@code net.properties}) and
 * then never asks the authenticator: HTTPS through a proxy that wants Basic credentials works on
 * this transport only when the JVM is started with
 * {@code -Djdk.http.auth.tunneling.disabledSchemes=} (empty). Rejected credentials are sent
 * again up to {@code jdk.httpclient.auth.retrylimit} (3) times by the JDK. The built-in transport
 * does the tunnel itself, sends the credentials once per attempt, and has neither limit.
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
      if (network.proxy().user() != null) {
        builder.authenticator(new TunnelCredentials(network.proxy()));
      }
    }
    return builder.build();
  }

  /** The failure of a request the proxy answered with 407. */
  static ProcessingException proxyRefused(ProxySettings proxy, URI target, Throwable cause) {
    String message = ProxyTunnel.refusal(proxy, ConnectionFailures.address(target), 407,
        "Proxy Authentication Required");
    if (proxy.user() != null && "https".equalsIgnoreCase(target.getScheme())) {
      message += " (or the JDK HttpClient did not send them: it sends Basic credentials through"
          + " a CONNECT tunnel only when the JVM runs with"
          + " -Djdk.http.auth.tunneling.disabledSchemes= (empty); the BUILT_IN transport always"
          + " does)";
    }
    return new ProcessingException(message, new ProxyAuthenticationException(message, cause));
  }

  static void discard(InputStream body) {
    if (body == null) {
      return; // a refused CONNECT: the JDK gives no body
    }
    try (body) {
      body.readNBytes(64 * 1024);
    } catch (IOException ignored) {
      // the answer is refused anyway
    }
  }

  /** Answers the proxy's challenge (407) with its credentials. */
  private static final class TunnelCredentials extends Authenticator {

    private final ProxySettings proxy;

    TunnelCredentials(ProxySettings proxy) {
      this.proxy = proxy;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
      if (getRequestorType() != RequestorType.PROXY) {
        return null; // the server's own authentication is the API key's, not this
      }
      String password = proxy.password();
      return new PasswordAuthentication(proxy.user(),
          password == null ? new char[0] : password.toCharArray());
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

  /**
   * Stops the client's threads and aborts its exchanges, on Java 21 and later, where
   * {@code HttpClient} has {@code shutdownNow()} (found by reflection: the library runs on 17).
   * On Java 17 nothing can stop them: its selector thread, a daemon, ends once the client is
   * garbage collected.
   */
  static void shutdownNow(HttpClient client) {
    Method shutdownNow;
    try {
      shutdownNow = HttpClient.class.getMethod("shutdownNow");
    } catch (NoSuchMethodException java17) {
      return;
    }
    try {
      shutdownNow.invoke(client);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot stop the JDK HttpClient", e);
    } catch (InvocationTargetException e) {
      LoggingFilter.LOG.log(System.Logger.Level.DEBUG, "stopping the JDK HttpClient failed",
          e.getCause());
    }
  }
}
