package ai.ope.responses.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which endpoint of the Responses API a method and path address, and the response id in it. */
record Route(Endpoint endpoint, String responseId) {

  enum Endpoint {
    CREATE, RETRIEVE, DELETE, CANCEL, INPUT_ITEMS, INPUT_TOKENS, COMPACT,
    /** No such path. */
    UNKNOWN_PATH,
    /** A known path with another method. */
    WRONG_METHOD
  }

  private static final Pattern BY_ID =
      Pattern.compile("/v1/responses/([^/]+)(/cancel|/input_items)?/?");

  static Route of(String method, String path) {
    String verb = method.toUpperCase(java.util.Locale.ROOT);
    switch (path) {
      case "/v1/responses":
      case "/v1/responses/":
        return verb.equals("POST") ? new Route(Endpoint.CREATE, null) : wrong();
      case "/v1/responses/input_tokens":
        return verb.equals("POST") ? new Route(Endpoint.INPUT_TOKENS, null) : wrong();
      case "/v1/responses/compact":
        return verb.equals("POST") ? new Route(Endpoint.COMPACT, null) : wrong();
      default:
        break;
    }
    Matcher byId = BY_ID.matcher(path);
    if (!byId.matches()) {
      return new Route(Endpoint.UNKNOWN_PATH, null);
    }
    String id = byId.group(1);
    String action = byId.group(2);
    if (action == null) {
      if (verb.equals("GET")) {
        return new Route(Endpoint.RETRIEVE, id);
      }
      return verb.equals("DELETE") ? new Route(Endpoint.DELETE, id) : wrong();
    }
    if (action.equals("/cancel")) {
      return verb.equals("POST") ? new Route(Endpoint.CANCEL, id) : wrong();
    }
    return verb.equals("GET") ? new Route(Endpoint.INPUT_ITEMS, id) : wrong();
  }

  /** Whether requests to this endpoint carry a JSON body. */
  boolean takesBody() {
    return endpoint == Endpoint.CREATE || endpoint == Endpoint.INPUT_TOKENS
        || endpoint == Endpoint.COMPACT;
  }

  private static Route wrong() {
    return new Route(Endpoint.WRONG_METHOD, null);
  }
}
