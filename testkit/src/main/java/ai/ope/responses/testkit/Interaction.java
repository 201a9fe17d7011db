package ai.ope.responses.testkit;

import java.util.Objects;

/**
 * One recorded exchange of a {@link Cassette}: the request as it was sent and the reply to play
 * back when the same request arrives.
 *
 * @param name the interaction's name (its folder), for messages
 * @param method the HTTP method
 * @param path the path, e.g. {@code /v1/responses}
 * @param query the raw query string; empty for none
 * @param requestBody the request body as text; empty for none
 * @param reply what to answer
 */
public record Interaction(
    String name, String method, String path, String query, String requestBody, Reply reply) {

  /**
   * Checks the members; a null query or body becomes empty.
   *
   * @param name the interaction's name (its folder), for messages
   * @param method the HTTP method
   * @param path the path, e.g. {@code /v1/responses}
   * @param query the raw query string, or null for none
   * @param requestBody the request body as text, or null for none
   * @param reply what to answer
   */
  public Interaction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reply, "reply");
    query = query == null ? "" : query;
    requestBody = requestBody == null ? "" : requestBody;
  }
}
