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
 * The one Grizzly WebSocket application of the JVM, on {@code /v1/responses}: Grizzly keeps a
 * single registry of applications for all servers, and looks no further than the first that
 * claims a path, so this one routes each upgrade to the fake server listening on the port it came
 * in on.
 */
final class SocketRouter extends WebSocketApplication {

  private static final String PATH = "/v1/responses";
  private static final SocketRouter ROUTER = new SocketRouter();
  private static boolean registered;

  private final Map<Integer, SocketApplication> servers = new ConcurrentHashMap<>();

  private SocketRouter() {}

  /** Routes the upgrades that come in on the port to the server's sockets. */
  static void route(int port, SocketApplication sockets) {
    synchronized (SocketRouter.class) {
      if (!registered) {
        WebSocketEngine.getEngine().register("", PATH, ROUTER);
        registered = true;
      }
    }
    ROUTER.servers.put(port, sockets);
  }

  /** Stops routing the port's upgrades to these sockets (a later server may have the port). */
  static void unroute(int port, SocketApplication sockets) {
    ROUTER.servers.remove(port, sockets);
  }

  // Deprecated in Grizzly for path mapping, yet still consulted after it: the one hook that can
  // tell two servers' upgrades on the same path apart by port.
  @Override
  @SuppressWarnings("deprecation")
  public boolean isApplicationRequest(HttpRequestPacket request) {
    SocketApplication sockets = servers.get(request.getLocalPort());
    return sockets != null && sockets.accepting();
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
