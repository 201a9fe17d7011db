package ai.ope.responses.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP proxy the client is configured with: where it is, the Basic credentials it wants, and
 * the hosts reached without it. {@link #toString()} never shows the password.
 *
 * @param host the proxy's host name or address
 * @param port the proxy's port
 * @param user the user name, or null for a proxy that wants no credentials
 * @param password the password, or null
 * @param nonProxyHosts the hosts reached directly, in the JDK's {@code http.nonProxyHosts}
 *     syntax ({@code localhost|*.internal}), or null
 */
record ProxySettings(String host, int port, String user, String password, String nonProxyHosts) {

  /**
   * The patterns of each {@link #nonProxyHosts()} text, compiled once: {@link #bypasses} is asked
   * on every request (and every redirect hop), and a record cannot keep them itself. A client has
   * one such text, so the map stays as small as the number of configured proxies.
   */
  private static final Map<String, List<Pattern>> PATTERNS = new ConcurrentHashMap<>();

  /** The address and port of the proxy, for messages: never the credentials. */
  String describe() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  /**
   * A proxy from {@code http://host:port} or {@code host:port}.
   *
   * @param setting the setting or key, for the message
   * @throws IllegalArgumentException naming the setting when the value is neither
   */
  static ProxySettings parse(String value, String setting) {
    String text = value.strip();
    URI uri;
    try {
      uri = URI.create(text.contains("://") ? text : "http://" + text);
    } catch (IllegalArgumentException e) {
      throw invalid(setting, "not a URI");
    }
    return of(uri, setting);
  }

  /**
   * A proxy from an {@code http://host:port} URI.
   *
   * @throws IllegalArgumentException naming the setting for another scheme, a missing host or
   *     port, or a URI with credentials, a path or a query
   */
  static ProxySettings of(URI uri, String setting) {
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      throw invalid(setting, "only http:// proxies are supported (HTTPS targets are tunnelled"
          + " through them with CONNECT)");
    }
    if (uri.getRawUserInfo() != null) {
      // not shown: the user info holds a password
      throw invalid(setting, "credentials in the URI are not read; set them apart"
          + " (proxyCredentials, or proxy-user and proxy-password)");
    }
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw invalid(setting, "write it as http://host:port or host:port");
    }
    String path = uri.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null) {
      throw invalid(setting, "a proxy has no path or query: write it as http://host:port");
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return new ProxySettings(host, uri.getPort(), null, null, null);
  }

  private static IllegalArgumentException invalid(String setting, String why) {
    return new IllegalArgumentException("Invalid " + setting + ": " + why);
  }

  ProxySettings withCredentials(String user, String password) {
    return new ProxySettings(host, port, user, password, nonProxyHosts);
  }

  ProxySettings withNonProxyHosts(String hosts) {
    return new ProxySettings(host, port, user, password, hosts);
  }

  /** The {@code Proxy-Authorization} header's value, or null without credentials. */
  String authorization() {
    if (user == null) {
      return null;
    }
    String pair = user + ":" + (password == null ? "" : password);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether a request to this host goes directly, by {@link #nonProxyHosts()}. */
  boolean bypasses(String targetHost) {
    if (nonProxyHosts == null || nonProxyHosts.isBlank()) {
      return false;
    }
    String bare = targetHost.startsWith("[") && targetHost.endsWith("]")
        ? targetHost.substring(1, targetHost.length() - 1) : targetHost;
    String name = bare.toLowerCase(Locale.ROOT);
    return PATTERNS.computeIfAbsent(nonProxyHosts, ProxySettings::patterns).stream()
        .anyMatch(pattern -> pattern.matcher(name).matches());
  }

  /** The {@code http.nonProxyHosts} syntax: names split by {@code |}, {@code *} any text. */
  private static List<Pattern> patterns(String hosts) {
    List<Pattern> patterns = new ArrayList<>();
    for (String part : hosts.split("\\|")) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      if (!name.isEmpty()) {
        String regex = Arrays.stream(name.split("\\*", -1)).map(Pattern::quote)
            .collect(Collectors.joining(".*"));
        patterns.add(Pattern.compile(regex));
      }
    }
    return List.copyOf(patterns);
  }

  @Override
  public String toString() {
    return "Proxy[" + describe() + (user == null ? "" : ", user=" + user + ", password=***")
        + (nonProxyHosts == null ? "" : ", nonProxyHosts=" + nonProxyHosts) + "]";
  }
}
