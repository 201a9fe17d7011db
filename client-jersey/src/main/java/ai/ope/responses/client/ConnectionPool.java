package ai.ope.responses.client;

import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

/**
 * Idle keep-alive connections, per route, most recently used first. A connection is handed out
 * only when it is still healthy; too many idle ones, or one idle too long, are closed.
 */
final class ConnectionPool implements AutoCloseable {

  /** Idle connections kept per route: as many as concurrent callers usually need. */
  static final int MAX_IDLE_PER_ROUTE = 8;
  /** How long an idle connection is kept (servers close theirs after a minute or more). */
  static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(50);

  private final Map<Route, Deque<HttpConnection>> idle = new ConcurrentHashMap<>();
  private final ConnectorTimers timers = new ConnectorTimers("responses-client-write-timeouts");
  private volatile boolean closed;

  /** The timers of the connector that owns this pool: closed with it. */
  ConnectorTimers timers() {
    return timers;
  }

  /** A healthy idle connection to the route, or null when there is none. */
  HttpConnection acquire(Route route) {
    Deque<HttpConnection> connections = idle.get(route);
    if (connections == null) {
      return null;
    }
    long now = System.nanoTime();
    for (HttpConnection connection = connections.pollFirst(); connection != null;
        connection = connections.pollFirst()) {
      if (now - connection.idleSince() < KEEP_ALIVE_NANOS && connection.healthy()) {
        return connection;
      }
      connection.close();
    }
    return null;
  }

  /** Takes back a connection whose last answer was read whole. */
  void release(HttpConnection connection) {
    if (closed) {
      connection.close();
      return;
    }
    connection.idle();
    Deque<HttpConnection> connections =
        idle.computeIfAbsent(connection.route(), route -> new ConcurrentLinkedDeque<>());
    connections.addFirst(connection);
    // over the limit: the least recently used go
    while (connections.size() > MAX_IDLE_PER_ROUTE) {
      HttpConnection oldest = connections.pollLast();
      if (oldest == null) {
        break;
      }
      oldest.close();
    }
    if (closed) {
      closeAll();
    }
  }

  @Override
  public void close() {
    closed = true;
    closeAll();
    timers.close();
  }

  private void closeAll() {
    for (Deque<HttpConnection> connections : idle.values()) {
      for (HttpConnection connection = connections.pollFirst(); connection != null;
          connection = connections.pollFirst()) {
        connection.close();
      }
    }
  }
}
