package ai.ope.responses.client;

import java.net.http.HttpClient;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the network and authentication keys of {@link ResponsesClientBuilder#fromConfig}:
 * proxy, trust store, HTTP version, default headers and query parameters, and the key's header.
 * Every error names the key; none shows a password or a header's value.
 */
final class NetworkConfig {

  private NetworkConfig() {}

  static void apply(ExternalConfig config, ResponsesClientBuilder builder) {
    config.text("proxy").map(value -> ProxySettings.parse(value, config.key("proxy")))
        .ifPresent(builder::configuredProxy);
    var user = config.text("proxy-user");
    var password = config.text("proxy-password");
    if (user.isPresent() != password.isPresent()) {
      throw new IllegalArgumentException("Set both " + config.key("proxy-user") + " and "
          + config.key("proxy-password") + ", or neither");
    }
    user.ifPresent(name -> builder.proxyCredentials(name, password.get()));
    config.text("non-proxy-hosts").ifPresent(builder::nonProxyHosts);
    config.text("trust-store").ifPresent(path -> builder.configuredTrustStore(
        path(path, config.key("trust-store")), config.text("trust-store-type").orElse(null),
        config.text("trust-store-password").map(String::toCharArray).orElse(null),
        config.key("trust-store")));
    config.text("http-version").map(value -> version(config.key("http-version"), value))
        .ifPresent(builder::httpVersion);
    config.text("default-headers").map(text -> DefaultParameters.parsePairs(
        config.key("default-headers"), text)).ifPresent(pairs -> pairs.forEach((name, value) ->
            builder.defaultHeader(headerName(name, config.key("default-headers")), value)));
    config.text("default-query-parameters").map(text -> DefaultParameters.parsePairs(
        config.key("default-query-parameters"), text)).ifPresent(pairs ->
            pairs.forEach(builder::defaultQueryParameter));
    config.text("auth-header").ifPresent(name ->
        builder.apiKeyHeader(headerName(name, config.key("auth-header"))));
  }

  private static Path path(String value, String key) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("Invalid " + key + ": \"" + value
          + "\" is not a file path", e);
    }
  }

  /** {@code HTTP/1.1}, {@code HTTP/2}, {@code HTTP_1_1}, {@code HTTP_2}, {@code 1.1}, {@code 2}. */
  static HttpClient.Version version(String key, String value) {
    String plain = value.strip().toUpperCase(Locale.ROOT).replace("HTTP", "").replace('/', ' ')
        .replace('_', '.').replace('-', '.').strip();
    if (plain.startsWith(".")) {
      plain = plain.substring(1);
    }
    switch (plain) {
      case "1.1":
        return HttpClient.Version.HTTP_1_1;
      case "2":
        return HttpClient.Version.HTTP_2;
      default:
        throw new IllegalArgumentException("Invalid " + key + ": \"" + value
            + "\" is not HTTP/1.1 or HTTP/2");
    }
  }

  /**
   * A header name as HTTP allows it (a token).
   *
   * @param setting the setting or key, for the message (the name itself is not repeated: a whole
   *     header line pasted as a name holds its value)
   */
  static String headerName(String name, String setting) {
    String stripped = name.strip();
    boolean token = !stripped.isEmpty();
    for (int i = 0; i < stripped.length() && token; i++) {
      char c = stripped.charAt(i);
      token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
    if (!token) {
      throw new IllegalArgumentException("Invalid " + setting + ": a header name is a single"
          + " word of letters, digits and !#$%&'*+-.^_`|~");
    }
    return stripped;
  }
}
