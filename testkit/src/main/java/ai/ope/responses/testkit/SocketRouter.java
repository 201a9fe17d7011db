package ai.ope.responses.testkit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.websockets.ProtocolHandler;
import org.glassfish.grizzly.websockets.WebSocket;
import org.glassfish.grizzly.websockets.WebSocketApplication;
import org.glassfish.grizzly.websockets.WebSocketEngine;
import org.glassfish.grizzly.websockets.WebSocketListener;

/**
 * The one Grizzly WebSocket application of the fake servers of the JVM, for {@code /v1/responses}:
 * Grizzly keeps a single registry of applications for all its servers and looks no further than
 * the first that claims a path, so this one routes each upgrade to the fake server listening on
 * the port it came in on. It is registered without a path (claiming by port and path in
 * {@link #isApplicationRequest}): an application registered for the path would take the upgrades
 * of every other Grizzly server of the JVM on that path (a test's own WebSocket server, say),
 * and refuse them.
 */
final class SocketRouter extends WebSocketApplication {

  private static final String PATH = "/v1/responses";
  private static final SocketRouter ROUTER = new SocketRouter();
  private static boolean registered;

  private final Map<Integer, SocketApplication> servers = new ConcurrentHashMap<>();

  private SocketRouter() {}

  /** Routes the upgrades that come in on the port to the server's sockets. */
  @SuppressWarnings("deprecation") // the path-less register: see the class comment
  static void route(int port, SocketApplication sockets) {
    synchronized (SocketRouter.class) {
      if (!registered) {
        WebSocketEngine.getEngine().register(ROUTER);
        registered = true;
      }
    }
    ROUTER.servers.put(port, sockets);
  }

  /** Stops routing the port's upgrades to these sockets (a later server may have the port). */
  static void unroute(int port, SocketApplication sockets) {
    ROUTER.servers.remove(port, sockets);
  }

  // Deprecated in Grizzly for path mapping, yet still consulted for applications registered
  // without a path: the one hook that can tell servers' upgrades on the same path apart by port.
  @Override
  @SuppressWarnings("deprecation")
  public boolean isApplicationRequest(HttpRequestPacket request) {
    SocketApplication sockets = servers.get(request.getLocalPort());
    return sockets != null && sockets.accepting() && PATH.equals(request.getRequestURI());
  }

  @Override
  public WebSocket createSocket(ProtocolHandler protocol, HttpRequestPacket request,
      WebSocketListener... listeners) {
    SocketApplication sockets = servers.get(request.getLocalPort());
    if (sockets == null) {
      // the server closed between the check and now: the socket closes at once
      throw new IllegalStateException("the fake server on port " + request.getLocalPort()
          + " has stopped");
    }
    return sockets.createSocket(protocol, request);
  }
}
