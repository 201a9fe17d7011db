package ai.ope.responses.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Configuration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.ClientResponse;
import org.glassfish.jersey.client.spi.AsyncConnectorCallback;
import org.glassfish.jersey.client.spi.Connector;

/**
 * A Jersey connector speaking HTTP/1.1 on blocking sockets, on the caller's thread: the request
 * is written and the answer read by the thread that makes the call, with no hand-off to a
 * selector or worker thread (each costs a wake-up; the JDK client makes three per call), and
 * connections are kept alive in a {@link ConnectionPool}.
 *
 * <p>What it keeps from {@link JdkHttpConnector}: a request is sent once per attempt (never
 * again by the transport, so a POST is not billed twice), error bodies are kept, closing a body
 * from any thread ends a blocked read at once, and the same timeouts:
 * {@link ClientProperties#CONNECT_TIMEOUT}, {@link Transport#HEADERS_TIMEOUT} (else
 * {@link ClientProperties#READ_TIMEOUT}) for the connection and the whole head of the answer,
 * and {@link ClientProperties#READ_TIMEOUT} for every wait for body bytes. Redirects are followed
 * as the JDK client's {@code NORMAL} policy does (never from https to http), and
 * {@code Authorization} is not carried to another origin. TLS uses the JAX-RS client's
 * {@code SSLContext}. A proxy configured on the client ({@link Network#proxy()}) is spoken to
 * here: plain requests in absolute form, {@code https} through a {@code CONNECT} tunnel, both with
 * its Basic credentials, connections pooled per route and proxy. Without one, where the JVM's
 * default {@link ProxySelector} names a proxy for a route, the request goes through the JDK
 * connector, which knows the JVM's proxy settings.
 */
final class SocketConnector implements Connector {

  /** As the JDK client's default ({@code jdk.httpclient.redirects.retrylimit}). */
  private static final int MAX_REDIRECTS = 5;

  private final Configuration configuration;
  private final SSLContext tls;
  private final ConnectionPool pool = new ConnectionPool();
  private final Map<Route, Boolean> proxied = new ConcurrentHashMap<>();
  private final Network network;
  private volatile JdkHttpConnector viaProxy;

  SocketConnector(Client client, Configuration configuration, Network network) {
    this.configuration = configuration;
    this.tls = client.getSslContext();
    this.network = network;
  }

  @Override
  public ClientResponse apply(ClientRequest request) {
    URI uri = request.getUri();
    Route route;
    try {
      route = Route.of(uri);
    } catch (IllegalArgumentException e) {
      throw new ProcessingException("cannot send to " + uri.getScheme() + ":...: "
          + e.getMessage(), e);
    }
    if (network.proxy() == null && proxied.computeIfAbsent(route, ignored -> proxied(uri))) {
      return jdkConnector().apply(request);
    }
    byte[] body = body(request);
    Timeouts timeouts = Timeouts.of(request, configuration);
    try {
      return respond(request, new SocketExchange(pool, tls, timeouts, network)
          .send(request.getMethod(), uri, request.getStringHeaders(), body, MAX_REDIRECTS));
    } catch (ProxyTunnel.Refused e) {
      throw new ProcessingException(e.getMessage(), e.toException());
    } catch (javax.net.ssl.SSLHandshakeException e) {
      ProcessingException untrusted = TlsFailures.untrusted(e, uri);
      throw untrusted != null ? untrusted : new ProcessingException(e.toString(), e);
    } catch (IOException e) {
      throw new ProcessingException(e.toString(), e);
    } catch (IllegalArgumentException e) {
      throw new ProcessingException(e.getMessage(), e);
    }
  }

  private static ClientResponse respond(ClientRequest request, SocketExchange.Answer answer) {
    ClientResponse response =
        new ClientResponse(JdkHttpConnector.status(answer.head().status()), request);
    // straight into Jersey's map: its headers(name, values) converts every value again
    answer.head().headers().forEach(response.getHeaders()::put);
    response.setEntityStream(answer.body());
    return response;
  }

  /** Whether the default proxy selector sends this route through a proxy (asked once). */
  private static boolean proxied(URI uri) {
    ProxySelector selector = ProxySelector.getDefault();
    if (selector == null) {
      return false;
    }
    List<Proxy> proxies = selector.select(uri);
    return proxies != null && proxies.stream().anyMatch(proxy -> proxy.type() != Proxy.Type.DIRECT);
  }

  private JdkHttpConnector jdkConnector() {
    JdkHttpConnector connector = viaProxy;
    if (connector == null) {
      synchronized (this) {
        if (viaProxy == null) {
          viaProxy = new JdkHttpConnector(configuration, network);
        }
        connector = viaProxy;
      }
    }
    return connector;
  }

  private static byte[] body(ClientRequest request) {
    if (!request.hasEntity()) {
      return RequestHead.wantsLength(request.getMethod()) ? new byte[0] : null;
    }
    if (request.getEntity() instanceof byte[] bytes
        && !request.getWriterInterceptors().iterator().hasNext()) {
      // what Jersey's byte[] writer would write, without its per-call writer lookup and
      // precondition messages (formatted eagerly: ~7% of a small create's time in the client)
      return bytes;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    request.setStreamProvider(contentLength -> bytes);
    try {
      request.writeEntity();
    } catch (IOException e) {
      throw new ProcessingException("cannot write the request body", e);
    }
    return bytes.toByteArray();
  }

  @Override
  public Future<?> apply(ClientRequest request, AsyncConnectorCallback callback) {
    return BlockingConnectors.applyAsync(this, request, callback);
  }

  @Override
  public String getName() {
    return "HTTP/1.1 on sockets";
  }

  @Override
  public void close() {
    pool.close();
    JdkHttpConnector proxyConnector;
    synchronized (this) {
      proxyConnector = viaProxy;
    }
    if (proxyConnector != null) {
      proxyConnector.close();
    }
  }

  /**
   * The limits of one request, in milliseconds, 0 for none.
   *
   * @param connect the connect timeout
   * @param headers the longest wait from sending to the whole head of the answer
   * @param read the longest wait for each read of the body
   */
  record Timeouts(int connect, int headers, int read) {

    static Timeouts of(ClientRequest request, Configuration configuration) {
      Object configured = configuration.getProperty(ClientProperties.CONNECT_TIMEOUT);
      int connect = request.resolveProperty(ClientProperties.CONNECT_TIMEOUT,
          configured instanceof Integer millis ? millis : 0);
      int read = request.resolveProperty(ClientProperties.READ_TIMEOUT, 0);
      int headers = request.resolveProperty(Transport.HEADERS_TIMEOUT, read);
      return new Timeouts(Math.max(0, connect), Math.max(0, headers), Math.max(0, read));
    }

    /** The timeout exception for a head that did not come in time. */
    HttpTimeoutException headTimeout(SocketTimeoutException cause) {
      HttpTimeoutException timeout = new HttpTimeoutException("request timed out");
      timeout.initCause(cause);
      return timeout;
    }
  }
}
