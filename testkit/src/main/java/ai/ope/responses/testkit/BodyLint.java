package ai.ope.responses.testkit;

import ai.ope.responses.api.CompactRequest;
import ai.ope.responses.api.CompactedResponse;
import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.DeletedResponse;
import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.InputItemList;
import ai.ope.responses.api.InputTokenCount;
import ai.ope.responses.api.InputTokensRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import jakarta.json.JsonException;
import java.util.Optional;

/** Whether recorded request and response bodies are what their endpoint exchanges. */
final class BodyLint {

  private BodyLint() {}

  /** What is wrong with a request body, if anything; an empty body is fine. */
  static Optional<String> request(Route route, String body) {
    if (body.isBlank()) {
      return Optional.empty();
    }
    switch (route.endpoint()) {
      case CREATE:
        return binds(body, CreateResponseRequest.class);
      case INPUT_TOKENS:
        return binds(body, InputTokensRequest.class);
      case COMPACT:
        return binds(body, CompactRequest.class);
      default:
        return json(body);
    }
  }

  /** What is wrong with a JSON response body, if anything; an empty body is fine. */
  static Optional<String> response(Route route, int status, String body) {
    if (body.isBlank()) {
      return Optional.empty();
    }
    if (status >= 400) {
      return binds(body, ErrorResponse.class);
    }
    if (status < 200 || status >= 300) {
      return json(body);
    }
    switch (route.endpoint()) {
      case CREATE:
      case RETRIEVE:
      case CANCEL:
        return binds(body, Response.class);
      case INPUT_ITEMS:
        return binds(body, InputItemList.class);
      case DELETE:
        return binds(body, DeletedResponse.class);
      case INPUT_TOKENS:
        return binds(body, InputTokenCount.class);
      case COMPACT:
        return binds(body, CompactedResponse.class);
      default:
        return json(body);
    }
  }

  private static Optional<String> binds(String body, Class<?> type) {
    try {
      ResponsesJson.fromJson(body, type);
      return Optional.empty();
    } catch (RuntimeException e) {
      // The binding promises ResponsesJsonException; anything else is still this body's defect,
      // and must not stop the lint of the other interactions.
      String name = type.getSimpleName();
      return Optional.of("body is not " + ("AEIOU".indexOf(name.charAt(0)) < 0 ? "a " : "an ")
          + name + ": " + e.getMessage());
    }
  }

  private static Optional<String> json(String body) {
    try {
      InteractionFiles.json(body);
      return Optional.empty();
    } catch (JsonException | IllegalStateException e) {
      return Optional.of("body is not JSON: " + e.getMessage());
    }
  }
}
