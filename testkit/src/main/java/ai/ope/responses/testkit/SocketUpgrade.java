package ai.ope.responses.testkit;

import java.util.List;
import java.util.Map;

/**
 * The HTTP request that opened a WebSocket connection, as the engine received it.
 *
 * @param path the request path, e.g. {@code /v1/responses}
 * @param query the raw query string, empty when there is none (null is taken for none)
 * @param headers the request headers, names as sent (look them up ignoring case)
 */
record SocketUpgrade(String path, String query, Map<String, List<String>> headers) {

  SocketUpgrade {
    query = query == null ? "" : query;
  }
}
