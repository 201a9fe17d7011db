package ai.ope.responses.testkit;

import jakarta.json.JsonObject;

/**
 * The requests a reply queued through the admin API answers: this method and path (by default
 * {@code POST /v1/responses}), and when a subset is given, only bodies that contain it.
 *
 * @param method the method, upper case
 * @param path the path, without the query
 * @param match the members the body must contain, or null for any body
 */
record ReplyTarget(String method, String path, JsonObject match) implements RequestMatcher {

  /** The target of a description that names no endpoint: create requests. */
  static final String CREATE_METHOD = "POST";
  static final String CREATE_PATH = "/v1/responses";

  @Override
  public boolean matches(RecordedRequest request) {
    return request.method().equals(method) && samePath(request.path())
        && (match == null || JsonSubset.contains(request.json().orElse(null), match));
  }

  /** Whether this target is the default one, create requests. */
  boolean isCreate() {
    return method.equals(CREATE_METHOD) && path.equals(CREATE_PATH);
  }

  private boolean samePath(String requested) {
    // the server answers /v1/responses/ as /v1/responses; a target does too
    return requested.equals(path) || requested.equals(path + "/");
  }
}
