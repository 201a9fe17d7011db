package ai.ope.responses.client;

import java.net.URI;
import java.util.Locale;

/**
 * Where a connection goes: scheme, host and port. Connections are pooled per route.
 *
 * @param secure whether the connection speaks TLS ({@code https})
 * @param host the host name or address, as in the URI
 * @param port the port, the scheme's default filled in
 */
record Route(boolean secure, String host, int port) {

  /** The route of a URI; an error for anything but absolute {@code http(s)} URIs. */
  static Route of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http(s) URI: " + uri.getScheme() + ":...");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("the URI has no host");
    }
    boolean secure = scheme.equals("https");
    int port = uri.getPort() >= 0 ? uri.getPort() : secure ? 443 : 80;
    return new Route(secure, uri.getHost(), port);
  }

  /** The {@code Host} header's value: the port only when it is not the scheme's default. */
  String hostHeader() {
    String name = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    return port == (secure ? 443 : 80) ? name : name + ":" + port;
  }

  /** A bracketed IPv6 literal without its brackets, for resolving and for TLS. */
  String bareHost() {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
        : host;
  }
}
