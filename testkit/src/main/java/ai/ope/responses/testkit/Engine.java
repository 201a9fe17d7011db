package ai.ope.responses.testkit;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import javax.net.ssl.SSLContext;

/**
 * Makes the HTTP server the fake runs on (the JDK's {@code com.sun.net.httpserver}): the one
 * place that knows how a plain and a TLS server are created, so the engine can be replaced.
 */
final class Engine {

  /** Connections waiting to be accepted. */
  private static final int BACKLOG = 64;

  private Engine() {}

  /**
   * An unstarted server bound to the address.
   *
   * @param tls the TLS context, or null for plain HTTP
   */
  static HttpServer server(InetSocketAddress address, SSLContext tls) throws IOException {
    if (tls == null) {
      return HttpServer.create(address, BACKLOG);
    }
    HttpsServer secure = HttpsServer.create(address, BACKLOG);
    secure.setHttpsConfigurator(new HttpsConfigurator(tls));
    return secure;
  }
}
