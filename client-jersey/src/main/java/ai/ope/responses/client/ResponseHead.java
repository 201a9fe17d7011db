package ai.ope.responses.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status line and headers of an HTTP/1.1 answer.
 *
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param status the status code
 * @param headers the headers, names compared without case, values in the order received
 */
record ResponseHead(String version, int status, Map<String, List<String>> headers) {

  /** Parses a status line such as {@code HTTP/1.1 200 OK}. */
  static ResponseHead ofStatusLine(String line) throws java.io.IOException {
    // "HTTP/1.x NNN" then an optional reason phrase
    if (line.length() < 12 || !line.startsWith("HTTP/1.") || line.charAt(8) != ' '
        || (line.length() > 12 && line.charAt(12) != ' ')) {
      throw new java.net.ProtocolException("not an HTTP/1.x status line: " + excerpt(line));
    }
    int status = 0;
    for (int i = 9; i < 12; i++) {
      char digit = line.charAt(i);
      if (digit < '0' || digit > '9') {
        throw new java.net.ProtocolException("not an HTTP/1.x status line: " + excerpt(line));
      }
      status = status * 10 + digit - '0';
    }
    return new ResponseHead(line.substring(0, 8), status,
        new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
  }

  /** Adds one {@code name: value} header line. */
  void add(String line) throws java.net.ProtocolException {
    int colon = line.indexOf(':');
    if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
      // obsolete line folding is refused too (RFC 9112 section 5.2 allows that)
      throw new java.net.ProtocolException("malformed header line: " + excerpt(line));
    }
    String name = line.substring(0, colon).strip();
    String value = line.substring(colon + 1).strip();
    headers.computeIfAbsent(name, ignored -> new ArrayList<>(1)).add(value);
  }

  /** The first value of a header, or null. */
  String first(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Whether a comma-separated header lists the token (e.g. {@code Connection: close}). */
  boolean lists(String name, String token) {
    List<String> values = headers.get(name);
    if (values == null) {
      return false;
    }
    for (String value : values) {
      for (String item : value.split(",")) {
        if (item.strip().toLowerCase(Locale.ROOT).equals(token)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether this answer can have no body whatever its headers say (RFC 9112 section 6.3). */
  boolean bodiless(String method) {
    return method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1;
  }

  /** A line cut short for a message: a broken server may send anything. */
  private static String excerpt(String line) {
    String shown = line.length() > 60 ? line.substring(0, 60) + "..." : line;
    StringBuilder printable = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      printable.append(c >= ' ' && c < 0x7f ? c : '?');
    }
    return "\"" + printable + "\"";
  }
}
