package ai.ope.responses.client;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * One call on the {@link SocketConnector}: a request written on a pooled or new connection, its
 * answer's head read within the time limits, and redirects followed.
 */
final class SocketExchange {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  /** A redirect's body up to this size is read through so its connection can be reused. */
  private static final int DRAINED = 64 * 1024;
  /** Request bodies larger than this may block a write: a watchdog bounds it. */
  private static final int WATCHED_BODY = 64 * 1024;

  /** The head and body of an answer. */
  record Answer(ResponseHead head, ResponseBody body) {}

  private final ConnectionPool pool;
  private final SSLContext tls;
  private final SocketConnector.Timeouts timeouts;
  private final Network network;

  SocketExchange(ConnectionPool pool, SSLContext tls, SocketConnector.Timeouts timeouts,
      Network network) {
    this.pool = pool;
    this.tls = tls;
    this.timeouts = timeouts;
    this.network = network;
  }

  /**
   * Sends the request and follows up to {@code redirects} redirects.
   *
   * @param body the body, or null for none
   */
  Answer send(String method, URI uri, Map<String, List<String>> headers, byte[] body,
      int redirects) throws IOException {
    URI origin = uri;
    for (int hop = 0; ; hop++) {
      boolean sameOrigin = Route.of(uri).equals(Route.of(origin));
      Route route = Route.of(uri).via(network.proxyFor(uri.getHost()));
      byte[] head = RequestHead.of(method, uri, headers, body == null ? -1 : body.length,
          !sameOrigin, route.secure() ? null : route.proxy());
      Answer answer = once(route, method, head, body);
      String location = answer.head().first("location");
      if (!REDIRECTS.contains(answer.head().status()) || location == null) {
        return answer;
      }
      URI next = redirected(uri, location);
      if (next == null) {
        return answer; // not followed, as the JDK client would not: the caller sees the 3xx
      }
      if (hop >= redirects) {
        answer.body().close();
        throw new ProtocolException("more than " + redirects + " redirects");
      }
      discard(answer.body());
      int status = answer.head().status();
      if (status == 303 || ((status == 301 || status == 302) && method.equals("POST"))) {
        method = "GET";
        body = null;
      }
      uri = next;
    }
  }

  /** Where a redirect leads, or null when it is not followed (to http from https, or invalid). */
  private static URI redirected(URI from, String location) {
    try {
      URI next = from.resolve(location.strip());
      String scheme = next.getScheme();
      if (next.getHost() == null || !("http".equalsIgnoreCase(scheme)
          || "https".equalsIgnoreCase(scheme))) {
        return null;
      }
      boolean downgrade = "https".equalsIgnoreCase(from.getScheme())
          && "http".equalsIgnoreCase(scheme);
      return downgrade ? null : next;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void discard(ResponseBody body) throws IOException {
    byte[] sink = new byte[4096];
    int total = 0;
    while (body.available() > 0 && total < DRAINED) {
      int read = body.read(sink, 0, sink.length);
      if (read < 0) {
        return;
      }
      total += read;
    }
    body.close(); // still open: closes the connection rather than wait for the rest
  }

  private Answer once(Route route, String method, byte[] head, byte[] body)
      throws IOException {
    long deadline = timeouts.headers() > 0
        ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeouts.headers()) : 0;
    HttpConnection connection = pool.acquire(route);
    if (connection == null) {
      connection = open(route, deadline);
    }
    try {
      connection.deadline(deadline);
      write(connection, head, body, deadline);
      ResponseHead answer = connection.readHead();
      if (answer.status() == 407 && route.proxy() != null) {
        throw new ProxyTunnel.Refused(ProxyTunnel.refusal(route.proxy(), route.authority(), 407,
            null), 407);
      }
      connection.readTimeout(timeouts.read());
      boolean reusable = answer.version().equals("HTTP/1.1")
          && !answer.lists("connection", "close");
      return new Answer(answer,
          BodyFraming.body(connection, pool, method, answer, reusable, timeouts.read()));
    } catch (SocketTimeoutException e) {
      connection.close();
      throw timeouts.headTimeout(e);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private HttpConnection open(Route route, long deadline) throws IOException {
    int left = deadline == 0 ? 0 : (int) Math.max(1,
        TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    int connect = timeouts.connect() == 0 ? left
        : left == 0 ? timeouts.connect() : Math.min(left, timeouts.connect());
    try {
      return Connections.open(route, tls, connect, left);
    } catch (SocketTimeoutException e) {
      throw timeouts.headTimeout(e); // the TLS handshake did not end in time
    }
  }

  /** Writes the request; a large body under a watchdog, as a write has no timeout of its own. */
  private void write(HttpConnection connection, byte[] head, byte[] body, long deadline)
      throws IOException {
    if (body == null || body.length <= WATCHED_BODY || deadline == 0) {
      connection.write(head, body);
      return;
    }
    ScheduledFuture<?> guard = pool.timers().schedule(connection::close,
        deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    try {
      connection.write(head, body);
    } catch (IOException e) {
      if (guard.isDone() && !guard.isCancelled()) {
        throw new SocketTimeoutException("the request could not be written in time");
      }
      throw e;
    } finally {
      guard.cancel(false);
    }
  }
}
