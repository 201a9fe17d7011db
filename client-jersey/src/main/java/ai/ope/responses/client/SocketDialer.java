package ai.ope.responses.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens the sockets of one connection: the socket URL from the base URL ({@code ws(s)} scheme,
 * {@code /responses}), the credential asked for on every attempt, the default headers; a refused
 * or failed attempt is tried again with exponential backoff unless the server said no for good.
 */
final class SocketDialer {

  /** Told of each attempt to open a socket, its failure, and the pause before the next. */
  interface Attempts {
    /** Nobody to tell: the first socket, opened by {@code connect()} outside any call. */
    Attempts NONE = new Attempts() {};

    /** An attempt begins: the socket is opened, then the request written on it. */
    default void sending(int attempt) {}

    /** The attempt failed: a refused upgrade (its {@link ApiException}) or no socket. */
    default void failed(int attempt, ResponsesException failure) {}

    /** A failed attempt is tried again after {@code wait}. */
    default void retrying(int retry, ResponsesException reason, Duration wait) {}
  }

  private final HttpClient http;
  private final Settings settings;
  private final URI uri;

  SocketDialer(HttpClient http, Settings settings) {
    this.http = http;
    this.settings = settings;
    this.uri = socketUri(settings);
  }

  URI uri() {
    return uri;
  }

  /** The base URL with a {@code ws}/{@code wss} scheme, {@code /responses}, the default query. */
  static URI socketUri(Settings settings) {
    String base = settings.baseUri().toString();
    String socket = (base.startsWith("https:") ? "wss:" + base.substring(6)
        : "ws:" + base.substring(5)) + "/responses";
    StringBuilder query = new StringBuilder();
    settings.defaults().queryParameters().forEach((name, value) -> query
        .append(query.length() == 0 ? '?' : '&')
        .append(DefaultParameters.queryPair(name, value)));
    return URI.create(socket + query);
  }

  /** A new link, trying {@code 1 + retries} times with backoff, each attempt told. */
  SocketLink dial(int retries, Duration backoff, Attempts attempts) {
    ResponsesException last = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 10));
        attempts.retrying(attempt, last, wait);
        pause(wait);
      }
      attempts.sending(attempt);
      try {
        return once();
      } catch (ApiException refused) {
        attempts.failed(attempt, refused);
        if (!RetryPolicy.retryable(refused.status(), refused.headers())) {
          throw refused;
        }
        last = refused;
      } catch (ConnectionException failed) {
        attempts.failed(attempt, failed);
        last = failed;
      }
    }
    throw last;
  }

  private SocketLink once() {
    SocketLink link = new SocketLink();
    WebSocket.Builder builder = http.newWebSocketBuilder()
        .connectTimeout(settings.connectTimeout());
    Authentication auth = settings.authentication();
    header(builder, auth.header(), auth.value());
    header(builder, "OpenAI-Organization", settings.organization());
    header(builder, "OpenAI-Project", settings.project());
    for (Map.Entry<String, String> entry : settings.defaults().headers().entrySet()) {
      header(builder, entry.getKey(), entry.getValue());
    }
    try {
      link.attach(builder.buildAsync(uri, link)
          .get(settings.connectTimeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS));
      return link;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException("interrupted while opening the socket to " + uri, e);
    } catch (TimeoutException e) {
      throw new ConnectionException("the socket to " + uri + " did not open within "
          + settings.connectTimeout().multipliedBy(2) + " (twice the connect timeout: the"
          + " connection, then the upgrade)", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        int status = refused.getResponse().statusCode();
        throw ApiException.of(status, null, refused.getResponse().headers()
            .firstValue("x-request-id").orElse(null),
            Listeners.visible(refused.getResponse().headers().map()), "");
      }
      throw new ConnectionException(Secrets.mask("the socket to " + uri + " could not be opened: "
          + e.getCause(), settings.apiKey()), null);
    }
  }

  private static void header(WebSocket.Builder builder, String name, String value) {
    if (value == null) {
      return;
    }
    try {
      builder.header(name, value);
    } catch (IllegalArgumentException refused) {
      // the JDK's message would repeat the value, which may be a credential
      throw new IllegalArgumentException("the header " + name + " cannot be sent on a"
          + " WebSocket upgrade (the JDK sets it itself or refuses it)");
    }
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException("interrupted while waiting to reconnect", e);
    }
  }
}
