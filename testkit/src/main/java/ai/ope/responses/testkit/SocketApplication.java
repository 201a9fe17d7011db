package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.websockets.ProtocolHandler;
import org.glassfish.grizzly.websockets.WebSocket;
import org.glassfish.grizzly.websockets.WebSocketApplication;
import org.glassfish.grizzly.websockets.WebSocketEngine;
import org.glassfish.grizzly.websockets.WebSocketListener;

/**
 * Takes the WebSocket upgrades of one fake server: {@code GET /v1/responses} on its port. Grizzly
 * keeps one registry of applications for the whole JVM, so each server's application claims only
 * the requests that came in on its own port, and only while a handler is set; any other upgrade
 * falls through to the HTTP dispatcher, which answers it as the API answers a GET on that path.
 */
final class SocketApplication extends WebSocketApplication {

  private static final String PATH = "/v1/responses";

  private volatile int port = -1;
  private volatile SocketHandler handler;

  /** Claims the upgrades that came in on this port: the server's, once it is bound. */
  void port(int bound) {
    this.port = bound;
  }

  /** Whether upgrades are taken now (a handler is set). */
  boolean accepting() {
    return handler != null;
  }

  /** Sets the handler, registering with Grizzly on the first one; null unregisters. */
  synchronized void handler(SocketHandler newHandler) {
    if (newHandler != null && handler == null) {
      WebSocketEngine.getEngine().register("", PATH, this);
    } else if (newHandler == null && handler != null) {
      WebSocketEngine.getEngine().unregister(this);
      getWebSockets().forEach(socket -> socket.close(WebSocket.END_POINT_GOING_DOWN,
          "server stopping"));
    }
    handler = newHandler;
  }

  // Deprecated in Grizzly for path mapping, yet still consulted after it: the one hook that can
  // tell two servers' upgrades on the same path apart by port.
  @Override
  @SuppressWarnings("deprecation")
  public boolean isApplicationRequest(HttpRequestPacket request) {
    return handler != null && request.getLocalPort() == port;
  }

  @Override
  public WebSocket createSocket(ProtocolHandler protocol, HttpRequestPacket request,
      WebSocketListener... listeners) {
    return new GrizzlySocket(protocol, upgradeOf(request), handler, listeners);
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
