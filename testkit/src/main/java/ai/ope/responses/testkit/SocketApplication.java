package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.websockets.ProtocolHandler;
import org.glassfish.grizzly.websockets.WebSocket;

/**
 * One fake server's WebSocket side: whether it takes upgrades on {@code GET /v1/responses} (only
 * while a handler is set; otherwise the upgrade falls through to the HTTP dispatcher, which
 * answers it as the API answers a GET on that path), and the sockets it has open.
 */
final class SocketApplication {

  private final Set<GrizzlySocket> open = ConcurrentHashMap.newKeySet();
  private volatile int port = -1;
  private volatile Executor workers;
  private volatile SocketHandler handler;

  /**
   * Takes the upgrades that come in on this port (the server's, once it is bound) and runs
   * their handler calls on these workers.
   */
  void started(int bound, Executor workerPool) {
    this.workers = workerPool;
    this.port = bound;
    SocketRouter.route(bound, this);
  }

  /** Sets the handler for new connections; null refuses them and closes the open ones. */
  void handler(SocketHandler newHandler) {
    handler = newHandler;
    if (newHandler == null) {
      open.forEach(socket -> socket.close(WebSocket.END_POINT_GOING_DOWN, "server stopping"));
    }
  }

  /** Stops taking upgrades and closes the open sockets: the server is stopping. */
  void stop() {
    handler(null);
    SocketRouter.unroute(port, this);
  }

  /** Whether upgrades are taken now (a handler is set). */
  boolean accepting() {
    return handler != null;
  }

  GrizzlySocket createSocket(ProtocolHandler protocol, HttpRequestPacket request) {
    GrizzlySocket socket = new GrizzlySocket(protocol, upgradeOf(request), handler, workers,
        open::remove);
    open.add(socket);
    return socket;
  }

  private static SocketUpgrade upgradeOf(HttpRequestPacket request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : request.getHeaders().names()) {
      List<String> values = headers.computeIfAbsent(name, key -> new ArrayList<>());
      request.getHeaders().values(name).forEach(values::add);
    }
    return new SocketUpgrade(request.getRequestURI(), request.getQueryString(), headers);
  }
}
