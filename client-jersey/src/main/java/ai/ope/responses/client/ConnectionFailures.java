package ai.ope.responses.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import javax.net.ssl.SSLException;

/**
 * Says in plain words what went wrong on the way to the server, naming the host and port: the
 * I/O exception's own text ("Connection refused") does not say where, and a user with several
 * clients, a gateway or a proxy needs to know which address failed.
 */
final class ConnectionFailures {

  private ConnectionFailures() {}

  /**
   * What happened, e.g. {@code cannot connect to api.example.com:443}.
   *
   * @param failure the I/O failure
   * @param target the server the request was for
   */
  static String describe(IOException failure, URI target) {
    String address = address(target);
    if (failure instanceof UnknownHostException) {
      return "cannot resolve the host " + target.getHost() + " (of " + address + ")";
    }
    if (failure instanceof ConnectException || failure instanceof NoRouteToHostException
        || failure instanceof HttpConnectTimeoutException) {
      return "cannot connect to " + address;
    }
    if (failure instanceof SSLException) {
      // an untrusted certificate is told apart by the connectors (TlsFailures)
      return "the TLS handshake with " + address + " failed";
    }
    return "the connection to " + address + " failed";
  }

  /** {@code host:port}, the port filled in from the scheme when the URI leaves it out. */
  static String address(URI target) {
    return Route.of(target).authority();
  }

}
