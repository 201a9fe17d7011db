package ai.ope.responses.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes the request line and headers of an HTTP/1.1 request, refusing what could split it. */
final class RequestHead {

  /** Headers this connector writes itself; a caller's would contradict them. */
  private static final Set<String> OWN = Set.of("connection", "content-length", "expect", "host",
      "keep-alive", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

  private RequestHead() {}

  /**
   * The head's bytes.
   *
   * @param method the method
   * @param uri the absolute URI
   * @param headers the caller's headers
   * @param bodyLength the body's length, or -1 for a request without a body
   * @param withoutAuthorization whether to leave out {@code Authorization} (a redirect that
   *     leaves the origin must not carry the key elsewhere)
   * @param plainProxy the proxy a plain {@code http} request goes through, or null: the request
   *     line then has the absolute URI, and {@code Proxy-Authorization} its credentials
   * @throws IllegalArgumentException for a method, header name or value that is not valid
   *     HTTP; the message never shows a header's value (it may be a secret)
   */
  static byte[] of(String method, URI uri, Map<String, List<String>> headers, long bodyLength,
      boolean withoutAuthorization, ProxySettings plainProxy) {
    requireToken(method, "method");
    StringBuilder head = new StringBuilder(256);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    head.append(method).append(' ');
    if (plainProxy != null) {
      head.append("http://").append(Route.of(uri).hostHeader());
    }
    head.append(path);
    if (uri.getRawQuery() != null) {
      head.append('?').append(uri.getRawQuery());
    }
    head.append(" HTTP/1.1\r\nHost: ").append(Route.of(uri).hostHeader()).append("\r\n");
    if (plainProxy != null && plainProxy.authorization() != null) {
      head.append("Proxy-Authorization: ").append(plainProxy.authorization()).append("\r\n");
    }
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      String name = header.getKey();
      String lower = name.toLowerCase(Locale.ROOT);
      if (OWN.contains(lower) || (withoutAuthorization && lower.equals("authorization"))) {
        continue;
      }
      requireToken(name, "header name");
      for (String value : header.getValue()) {
        requireValue(name, value);
        head.append(name).append(": ").append(value).append("\r\n");
      }
    }
    if (bodyLength >= 0) {
      head.append("Content-Length: ").append(bodyLength).append("\r\n");
    }
    head.append("\r\n");
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Whether the method sends a length even without a body (as the JDK client does). */
  static boolean wantsLength(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  private static void requireToken(String token, String what) {
    if (token == null || token.isEmpty()) {
      throw new IllegalArgumentException("empty " + what);
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!tchar) {
        // the token itself is not shown: a whole header line pasted as a name holds its value
        throw new IllegalArgumentException("invalid character in a " + what);
      }
    }
  }

  private static void requireValue(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\t') || c == 0x7f || c > 0xff) {
        throw new IllegalArgumentException("invalid character in the value of header " + name);
      }
    }
  }
}
