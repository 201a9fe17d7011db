package ai.ope.responses.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.grizzly.websockets.WebSocketAddOn;

/**
 * The HTTP engine the fake runs on (Grizzly): HTTP/1.1, chunked event streams and WebSocket on
 * one port, plain or TLS. With {@link GrizzlyExchange} and the socket classes, the one place that
 * knows Grizzly.
 */
final class Engine implements AutoCloseable {

  /** Connections waiting to be accepted. */
  private static final int BACKLOG = 64;
  /** Request headers up to this size are read, as the JDK's server did. */
  private static final int MAX_HEADER_BYTES = 384 * 1024;
  /**
   * Handler threads: a stream holds one while it is written, and a stalled one until it is
   * cut, so the pool grows on demand to far more than the cores.
   */
  private static final int MAX_WORKERS = 2048;
  /** A WebSocket with no frame either way for this long is closed by the engine. */
  private static final long SOCKET_IDLE_SECONDS = 3600;

  /**
   * Grizzly's loggers, all under this one. Below WARNING they print whole requests, the
   * Authorization header included (its WebSocket filter logs every request's headers at FINE), and
   * announce every start and stop at INFO, where the JDK's server was silent. The key must never
   * reach a log, so they are held at WARNING even when the root logger is set finer. Held in a
   * field: java.util.logging keeps loggers only weakly.
   */
  private static final Logger GRIZZLY = Logger.getLogger("org.glassfish.grizzly");

  static {
    Level level = GRIZZLY.getLevel();
    if (level == null || level.intValue() < Level.WARNING.intValue()) {
      GRIZZLY.setLevel(Level.WARNING);
    }
  }

  private final HttpServer http;
  private final NetworkListener listener;
  private final EngineThreads threads;
  private final SocketApplication sockets;

  private Engine(HttpServer http, NetworkListener listener, EngineThreads threads,
      SocketApplication sockets) {
    this.http = http;
    this.listener = listener;
    this.threads = threads;
    this.sockets = sockets;
  }

  /**
   * A started server bound to the address.
   *
   * @param tls the TLS context, or null for plain HTTP
   * @param server the server's number, in its thread names
   * @throws IOException when the address cannot be bound (a taken port: a BindException)
   */
  static Engine start(InetSocketAddress address, SSLContext tls, Dispatcher dispatcher,
      int server) throws IOException {
    EngineThreads threads = new EngineThreads(server);
    NetworkListener listener = new NetworkListener("responses-fake",
        address.getAddress().getHostAddress(), address.getPort());
    if (tls != null) {
      listener.setSecure(true);
      listener.setSSLEngineConfig(new SSLEngineConfigurator(tls, false, false, false));
    }
    listener.setMaxHttpHeaderSize(MAX_HEADER_BYTES);
    // keep-alive as the JDK's server: no cap on requests per connection
    listener.getKeepAlive().setMaxRequestsCount(-1);
    WebSocketAddOn webSockets = new WebSocketAddOn();
    webSockets.setTimeoutInSeconds(SOCKET_IDLE_SECONDS);
    listener.registerAddOn(webSockets);
    SocketApplication sockets = new SocketApplication();
    listener.registerAddOn(new PlainHttpUpgrades(sockets::accepting));
    configure(listener.getTransport(), threads);
    HttpServer http = new HttpServer();
    http.addListener(listener);
    http.getServerConfiguration().addHttpHandler(new Handler(dispatcher));
    // TRACE goes to the dispatcher like any method (Grizzly would answer it with a bare 405)
    http.getServerConfiguration().setPassTraceRequest(true);
    try {
      http.start();
    } catch (IOException | RuntimeException failure) {
      http.shutdownNow();
      threads.stop();
      throw failure;
    }
    sockets.started(listener.getPort(), listener.getTransport().getWorkerThreadPool());
    return new Engine(http, listener, threads, sockets);
  }

  private static void configure(TCPNIOTransport transport, EngineThreads threads) {
    transport.setServerConnectionBackLog(BACKLOG);
    // Without TCP_NODELAY a keep-alive client waits ~40 ms (Nagle and delayed ACKs) per answer.
    transport.setTcpNoDelay(true);
    transport.setSelectorRunnersCount(1);
    transport.setKernelThreadPoolConfig(ThreadPoolConfig.defaultConfig().copy()
        .setPoolName("responses-fake-selector").setCorePoolSize(1).setMaxPoolSize(1)
        .setThreadFactory(threads.factory("selector")));
    transport.setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig().copy()
        .setPoolName("responses-fake-worker").setCorePoolSize(16).setMaxPoolSize(MAX_WORKERS)
        .setQueueLimit(-1).setKeepAliveTime(30, TimeUnit.SECONDS)
        .setThreadFactory(threads.factory("worker")));
  }

  /** The address the server listens on, with the port it was given. */
  InetSocketAddress address(InetSocketAddress requested) {
    return new InetSocketAddress(requested.getAddress(), listener.getPort());
  }

  /** Hands WebSocket connections on {@code /v1/responses} to the handler; null refuses them. */
  void socketHandler(SocketHandler handler) {
    sockets.handler(handler);
  }

  /** Stops the server and every thread it started; streams and sockets in progress are cut. */
  @Override
  public void close() {
    sockets.stop();
    http.shutdownNow();
    threads.stop();
  }

  /** Runs the dispatcher on a worker thread, where blocking writes are fine. */
  private static final class Handler extends HttpHandler {
    private final Dispatcher dispatcher;

    Handler(Dispatcher dispatcher) {
      this.dispatcher = dispatcher;
    }

    @Override
    public void service(Request request, Response response) {
      GrizzlyExchange exchange = new GrizzlyExchange(request, response);
      try {
        dispatcher.handle(exchange);
      } catch (ReplyWriter.ConnectionAbort | IOException dropped) {
        exchange.abort();
      }
    }
  }
}
