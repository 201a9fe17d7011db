package ai.ope.responses.client;

import java.net.http.HttpClient;
import javax.net.ssl.SSLContext;

/**
 * How a client reaches the server, beyond the JVM's defaults: each part null when not set.
 *
 * @param proxy the HTTP proxy, which then replaces the JVM's default {@code ProxySelector}
 * @param sslContext the TLS context (trust store), else the JVM's default
 * @param httpVersion the HTTP version asked of {@link HttpTransport#JDK_HTTP_CLIENT}; the
 *     built-in transport speaks HTTP/1.1 only
 * @param httpClient the application's own JDK client, used by
 *     {@link HttpTransport#JDK_HTTP_CLIENT} as it is and never closed by this library
 */
record Network(ProxySettings proxy, SSLContext sslContext, HttpClient.Version httpVersion,
    HttpClient httpClient) {

  static final Network DEFAULT = new Network(null, null, null, null);

  /** The proxy for a request to this host, or null when it goes directly. */
  ProxySettings proxyFor(String host) {
    return proxy == null || proxy.bypasses(host) ? null : proxy;
  }

  @Override
  public String toString() {
    return "Network[proxy=" + proxy + ", sslContext=" + (sslContext == null ? "default"
        : sslContext.getProtocol()) + ", httpVersion=" + httpVersion + ", httpClient="
        + (httpClient == null ? "own" : "supplied") + "]";
  }
}
