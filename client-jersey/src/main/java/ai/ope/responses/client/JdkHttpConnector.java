package ai.ope.responses.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Future;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.ClientResponse;
import org.glassfish.jersey.client.spi.AsyncConnectorCallback;
import org.glassfish.jersey.client.spi.Connector;

/**
 * A Jersey connector over the JDK's {@code java.net.http.HttpClient}.
 *
 * <p>Why not Jersey's default {@code HttpUrlConnector}: {@code HttpURLConnection} silently sends a
 * POST again when a kept-alive connection fails while waiting for the answer (a duplicate
 * generation, billed twice, behind the client's own retry policy); in streaming mode, which
 * avoids that, it drops the body of every 401; and closing its stream from another thread waits
 * for the next chunk. The JDK client does none of these: a POST is sent once per attempt, error
 * bodies are kept, and closing a body stream from any thread ends a blocked read at once. The
 * Apache connector would do too, at the price of three more libraries.
 *
 * <p>Timeouts: {@link ClientProperties#READ_TIMEOUT} bounds the wait for the headers (unless
 * {@link Transport#HEADERS_TIMEOUT} sets that apart) and then every wait for body bytes
 * ({@link IdleTimeoutInputStream}); the connect timeout is the client's
 * ({@link ClientProperties#CONNECT_TIMEOUT} of the configuration).
 */
final class JdkHttpConnector implements Connector {

  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient http;
  private final ConnectorTimers timers = new ConnectorTimers("responses-client-read-timeouts");
  private final Network network;
  /** Whether the JDK client is this connector's own: an application's is never closed here. */
  private final boolean ownsClient;

  JdkHttpConnector(Configuration configuration, Network network) {
    this.network = network;
    this.ownsClient = network.httpClient() == null;
    this.http = ownsClient ? JdkClients.create(configuration, network) : network.httpClient();
  }

  @Override
  public ClientResponse apply(ClientRequest request) {
    HttpRequest outbound = outbound(request);
    HttpResponse<InputStream> inbound;
    try {
      inbound = http.send(outbound, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      ProxySettings proxy = network.proxyFor(request.getUri().getHost());
      String message = String.valueOf(e.getMessage());
      if (proxy != null && (message.contains("407")
          || message.contains("too many authentication attempts"))) {
        throw JdkClients.proxyRefused(proxy, request.getUri(), e);
      }
      ProcessingException untrusted = TlsFailures.untrusted(e, request.getUri());
      if (untrusted != null) {
        throw untrusted;
      }
      throw new ProcessingException(e.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcessingException("interrupted while waiting for " + request.getUri(), e);
    }
    if (inbound.statusCode() == 407 && network.proxyFor(request.getUri().getHost()) != null) {
      JdkClients.discard(inbound.body());
      throw JdkClients.proxyRefused(network.proxyFor(request.getUri().getHost()),
          request.getUri(), null);
    }
    ClientResponse response = new ClientResponse(status(inbound.statusCode()), request);
    inbound.headers().map().forEach((name, values) -> {
      if (!name.startsWith(":")) {
        response.headers(name, values);
      }
    });
    int readTimeout = readTimeout(request);
    InputStream body = inbound.body();
    try {
      response.setEntityStream(readTimeout > 0
          ? new IdleTimeoutInputStream(body, Duration.ofMillis(readTimeout), timers) : body);
    } catch (IOException closed) {
      try {
        body.close();
      } catch (IOException ignored) {
        // the client is closed: the call fails either way
      }
      throw new ProcessingException(closed.toString(), closed);
    }
    return response;
  }

  private HttpRequest outbound(ClientRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.getUri())
        .method(request.getMethod(), body(request));
    // Read after the entity is written: writers and interceptors may add headers.
    request.getStringHeaders().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> builder.header(name, value));
      }
    });
    // HTTP/2 over TLS (negotiated) unless HTTP/1.1 is configured; plain HTTP stays HTTP/1.1
    // rather than trying an h2c upgrade. A supplied client keeps its own version: the builder
    // refuses a version configured together with it.
    if (ownsClient) {
      builder.version(network.httpVersion() != HttpClient.Version.HTTP_1_1
          && "https".equalsIgnoreCase(request.getUri().getScheme())
          ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
    }
    int headersTimeout = request.resolveProperty(Transport.HEADERS_TIMEOUT, readTimeout(request));
    if (headersTimeout > 0) {
      builder.timeout(Duration.ofMillis(headersTimeout));
    }
    return builder.build();
  }

  private static HttpRequest.BodyPublisher body(ClientRequest request) {
    if (!request.hasEntity()) {
      return HttpRequest.BodyPublishers.noBody();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    request.setStreamProvider(contentLength -> bytes);
    try {
      request.writeEntity();
    } catch (IOException e) {
      throw new ProcessingException("cannot write the request body", e);
    }
    return HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray());
  }

  private static int readTimeout(ClientRequest request) {
    return request.resolveProperty(ClientProperties.READ_TIMEOUT, 0);
  }

  /** The status as JAX-RS knows it; a code it does not know keeps its number. */
  static Response.StatusType status(int code) {
    Response.Status known = Response.Status.fromStatusCode(code);
    if (known != null) {
      return known;
    }
    return new Response.StatusType() {
      @Override
      public int getStatusCode() {
        return code;
      }

      @Override
      public Response.Status.Family getFamily() {
        return Response.Status.Family.familyOf(code);
      }

      @Override
      public String getReasonPhrase() {
        return "HTTP " + code;
      }
    };
  }

  @Override
  public Future<?> apply(ClientRequest request, AsyncConnectorCallback callback) {
    return BlockingConnectors.applyAsync(this, request, callback);
  }

  @Override
  public String getName() {
    return "JDK HttpClient";
  }

  @Override
  public void close() {
    timers.close();
    // a supplied client is the application's: never closed here
    if (ownsClient) {
      JdkClients.shutdownNow(http);
    }
  }
}
