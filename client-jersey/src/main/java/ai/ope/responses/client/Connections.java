package ai.ope.responses.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.SocketChannel;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Opens {@link HttpConnection}s: TCP, and TLS for {@code https}; through a configured proxy, TCP
 * to the proxy, and for {@code https} TLS inside a {@code CONNECT} tunnel ({@link ProxyTunnel}).
 */
final class Connections {

  private Connections() {}

  /**
   * Connects, and for {@code https} completes the TLS handshake (HTTP/1.1 offered by ALPN, the
   * host name verified).
   *
   * @param connectMillis the longest to wait for the TCP connection; 0 for no limit
   * @param handshakeMillis the longest to wait for each read of the TLS handshake; 0 for no limit
   * @throws HttpConnectTimeoutException when the connection is not made in time
   * @throws ProxyTunnel.Refused when the proxy refuses the tunnel
   */
  static HttpConnection open(Route route, SSLContext tls, int connectMillis, int handshakeMillis)
      throws IOException {
    ProxySettings proxy = route.proxy();
    InetSocketAddress address = proxy == null
        ? new InetSocketAddress(route.bareHost(), route.port())
        : new InetSocketAddress(proxy.host(), proxy.port());
    if (address.isUnresolved()) {
      throw new java.net.UnknownHostException(proxy == null ? route.bareHost()
          : "the proxy " + proxy.host());
    }
    SocketChannel channel = SocketChannel.open();
    try {
      Socket plain = channel.socket();
      plain.setTcpNoDelay(true); // small writes (a request, SSE reads) must not wait for ACKs
      try {
        plain.connect(address, connectMillis);
      } catch (SocketTimeoutException e) {
        HttpConnectTimeoutException timeout = new HttpConnectTimeoutException(
            "connect timed out after " + connectMillis + " ms");
        timeout.initCause(e);
        throw timeout;
      }
      if (!route.secure()) {
        return new HttpConnection(route, channel, plain);
      }
      if (proxy != null) {
        plain.setSoTimeout(handshakeMillis);
        ProxyTunnel.open(route, channel, plain);
      }
      SSLSocket secure = (SSLSocket) tls.getSocketFactory()
          .createSocket(plain, route.bareHost(), route.port(), true);
      SSLParameters parameters = secure.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      parameters.setApplicationProtocols(new String[] {"http/1.1"});
      if (!Character.isDigit(route.bareHost().charAt(0)) && route.bareHost().indexOf(':') < 0) {
        parameters.setServerNames(List.of(new SNIHostName(route.bareHost())));
      }
      secure.setSSLParameters(parameters);
      secure.setSoTimeout(handshakeMillis);
      secure.startHandshake();
      return new HttpConnection(route, channel, secure);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }
}
