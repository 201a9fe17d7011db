package ai.ope.responses.client;

import java.net.URI;
import java.util.Locale;

/**
 * Where a connection goes: scheme, host and port, and the proxy it goes through. Connections are
 * pooled per route, so one through a proxy never serves a direct request or another proxy's.
 *
 * @param secure whether the connection speaks TLS ({@code https})
 * @param host the host name or address, as in the URI
 * @param port the port, the scheme's default filled in
 * @param proxy the HTTP proxy the connection goes through, or null for a direct one
 */
record Route(boolean secure, String host, int port, ProxySettings proxy) {

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
    return new Route(secure, uri.getHost(), port, null);
  }

  /** This route through the proxy, or directly when it is null. */
  Route via(ProxySettings through) {
    return new Route(secure, host, port, through);
  }

  /** The target as a {@code CONNECT} request names it: {@code host:port}. */
  String authority() {
    String name = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    return name + ":" + port;
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
