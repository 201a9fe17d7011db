package ai.ope.responses.client;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glassfish.jersey.uri.UriComponent;

/**
 * Headers and query parameters sent on every call of a client (gateways that want a
 * subscription header or an {@code api-version} parameter), unless the call sets its own.
 * {@link #toString()} shows the names only: a value may be a credential.
 *
 * @param headers header names and values, in the order given
 * @param queryParameters query parameter names and values, in the order given
 */
record DefaultParameters(Map<String, String> headers, Map<String, String> queryParameters) {

  static final DefaultParameters NONE = new DefaultParameters(Map.of(), Map.of());

  DefaultParameters {
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    queryParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queryParameters));
  }

  boolean isEmpty() {
    return headers.isEmpty() && queryParameters.isEmpty();
  }

  /**
   * One query parameter as it goes on a URL, name and value encoded (a space as {@code %20}):
   * the same spelling over HTTP and on the WebSocket's URL.
   */
  static String queryPair(String name, String value) {
    return UriComponent.encode(name, UriComponent.Type.QUERY_PARAM_SPACE_ENCODED) + "="
        + UriComponent.encode(value, UriComponent.Type.QUERY_PARAM_SPACE_ENCODED);
  }

  /**
   * Reads {@code Name=value,Name2=value2}: a comma or backslash inside a value is written
   * {@code \,} or {@code \\}; names and values are stripped of surrounding blanks.
   *
   * @param key the configuration key, for messages
   * @throws IllegalArgumentException naming the key and the entry's position (never a value,
   *     which may be a secret) for an entry without {@code =} or without a name
   */
  static Map<String, String> parsePairs(String key, String text) {
    Map<String, String> pairs = new LinkedHashMap<>();
    StringBuilder entry = new StringBuilder();
    int position = 1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ',';
      if (c == '\\' && i + 1 < text.length()) {
        entry.append('\u0000').append(text.charAt(++i));
      } else if (c == ',') {
        add(pairs, entry.toString(), key, position++);
        entry.setLength(0);
      } else {
        entry.append(c);
      }
    }
    return pairs;
  }

  /** Adds one entry; escaped characters are marked by a NUL before them. */
  private static void add(Map<String, String> pairs, String entry, String key, int position) {
    if (entry.isBlank()) {
      return; // a trailing comma, or two in a row
    }
    int equals = -1;
    for (int i = 0; i < entry.length(); i++) {
      if (entry.charAt(i) == '\u0000') {
        i++;
      } else if (entry.charAt(i) == '=') {
        equals = i;
        break;
      }
    }
    String name = equals < 0 ? "" : unescape(entry.substring(0, equals)).strip();
    if (equals < 0 || name.isEmpty()) {
      throw new IllegalArgumentException("Invalid " + key + ": entry " + position + " is not"
          + " written Name=value (entries are separated by commas; write a comma inside a value"
          + " as \\,)");
    }
    pairs.put(name, unescape(entry.substring(equals + 1)).strip());
  }

  private static String unescape(String text) {
    return text.replace("\u0000", "");
  }

  @Override
  public String toString() {
    return "DefaultParameters[headers=" + headers.keySet() + ", queryParameters="
        + queryParameters.keySet() + "]";
  }
}
