package ai.ope.responses.client;

import java.io.IOException;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Opens a {@code CONNECT} tunnel through an HTTP proxy for the built-in transport, so that TLS to
 * the server runs end to end through it; the proxy's credentials go in
 * {@code Proxy-Authorization} (Basic). A refusal is a {@link Refused} naming the proxy, never the
 * password.
 */
final class ProxyTunnel {

  /** The proxy refused a tunnel or a request; carries the status for the right exception. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(String message, int status) {
      super(message);
      this.status = status;
    }

    /** The exception the call fails with: 407 is not retried, other refusals are. */
    ConnectionException toException() {
      return status == 407 ? new ProxyAuthenticationException(getMessage(), this)
          : new ConnectionException(getMessage(), this);
    }
  }

  private ProxyTunnel() {}

  /**
   * Asks the proxy for a tunnel to the route's host and port, on a connected plain socket; when
   * this returns, the socket carries bytes to and from the server.
   *
   * @throws Refused when the proxy answers anything but 2xx
   */
  static void open(Route route, SocketChannel channel, Socket socket) throws IOException {
    ProxySettings proxy = route.proxy();
    StringBuilder request = new StringBuilder(128).append("CONNECT ").append(route.authority())
        .append(" HTTP/1.1\r\nHost: ").append(route.authority()).append("\r\n");
    String authorization = proxy.authorization();
    if (authorization != null) {
      request.append("Proxy-Authorization: ").append(authorization).append("\r\n");
    }
    request.append("User-Agent: ").append(ClientVersion.USER_AGENT).append("\r\n\r\n");
    // a connection object for the exchange with the proxy only; TLS then takes over the socket
    HttpConnection toProxy = new HttpConnection(route, channel, socket);
    toProxy.write(request.toString().getBytes(StandardCharsets.ISO_8859_1), null);
    ResponseHead answer = toProxy.readHead();
    if (answer.status() / 100 != 2) {
      throw new Refused(refusal(proxy, route.authority(), answer.status(), null),
          answer.status());
    }
    if (toProxy.buffered() > 0) {
      throw new IOException("the proxy " + proxy.describe() + " sent data before the TLS"
          + " handshake through its tunnel to " + route.authority());
    }
  }

  /** The message for a proxy's refusal: the proxy and target, and what to check. */
  static String refusal(ProxySettings proxy, String target, int status, String reason) {
    String why = status != 407 ? "" : proxy.user() == null
        ? ": it wants credentials; set proxyCredentials(...) (proxy-user and proxy-password)"
        : ": it rejected the credentials of user \"" + proxy.user() + "\"";
    String phrase = reason != null ? reason : JdkHttpConnector.status(status).getReasonPhrase();
    return "The HTTP proxy " + proxy.describe() + " refused the request to " + target + " ("
        + status + " " + phrase + ")" + why;
  }
}
