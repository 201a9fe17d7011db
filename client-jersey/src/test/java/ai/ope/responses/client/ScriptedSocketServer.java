package ai.ope.responses.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.websockets.DefaultWebSocket;
import org.glassfish.grizzly.websockets.ProtocolHandler;
import org.glassfish.grizzly.websockets.WebSocket;
import org.glassfish.grizzly.websockets.WebSocketAddOn;
import org.glassfish.grizzly.websockets.WebSocketApplication;
import org.glassfish.grizzly.websockets.WebSocketEngine;
import org.glassfish.grizzly.websockets.WebSocketListener;

/**
 * A WebSocket server on {@code ws://127.0.0.1:P/v1/responses} scripted by each test: for every
 * {@code response.create} it runs the script with the socket and the request, which sends frames,
 * closes the socket, or stays silent. It records the requests, the upgrades' authorization
 * headers and how many sockets were opened. (Until the testkit's fake server speaks WebSocket.)
 */
// deprecation: the engine is one per JVM; the path-less register with a port check is what lets
// several of these servers run side by side
@SuppressWarnings("deprecation")
final class ScriptedSocketServer implements AutoCloseable {

  private final HttpServer server;
  private final Application application;
  final BlockingQueue<JsonObject> requests = new LinkedBlockingQueue<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();
  final AtomicInteger sockets = new AtomicInteger();

  ScriptedSocketServer(BiConsumer<WebSocket, JsonObject> script) throws Exception {
    server = HttpServer.createSimpleServer(null, "127.0.0.1", freePort());
    WebSocketAddOn addOn = new WebSocketAddOn();
    server.getListeners().forEach(listener -> listener.registerAddOn(addOn));
    server.start();
    NetworkListener listener = server.getListeners().iterator().next();
    application = new Application(listener.getPort(), script);
    WebSocketEngine.getEngine().register(application);
  }

  /** Grizzly refuses port 0: a port the system just gave out and took back. */
  private static int freePort() throws java.io.IOException {
    try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  /** The base URL a client is built with. */
  String baseUrl() {
    return "http://127.0.0.1:" + application.port + "/v1";
  }

  /** An event's JSON with {@code stream_id} added when the request had one. */
  static String event(JsonObject request, String json) {
    String lane = request.getString("stream_id", null);
    return lane == null ? json
        : json.substring(0, json.length() - 1) + ",\"stream_id\":\"" + lane + "\"}";
  }

  @Override
  public void close() {
    WebSocketEngine.getEngine().unregister(application);
    server.shutdownNow();
  }

  private final class Application extends WebSocketApplication {
    private final int port;
    private final BiConsumer<WebSocket, JsonObject> script;

    Application(int port, BiConsumer<WebSocket, JsonObject> script) {
      this.port = port;
      this.script = script;
    }

    @Override
    public boolean isApplicationRequest(HttpRequestPacket request) {
      // the engine is shared by every server in the JVM: only this one's port is ours
      return request.getLocalPort() == port && "/v1/responses".equals(request.getRequestURI());
    }

    @Override
    public WebSocket createSocket(ProtocolHandler handler, HttpRequestPacket request,
        WebSocketListener... listeners) {
      authorizations.add(String.valueOf(request.getHeader("Authorization")));
      sockets.incrementAndGet();
      // not super's: it wraps the request for servlets, a module these tests do not have
      return new DefaultWebSocket(handler, request, listeners);
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
      JsonObject request;
      try (var reader = Json.createReader(new StringReader(text))) {
        request = reader.readObject();
      }
      requests.add(request);
      try {
        script.accept(socket, request);
      } catch (RuntimeException broken) {
        broken.printStackTrace(); // the script's own bug: the client sees the socket drop
        socket.close();
      }
    }
  }
}
