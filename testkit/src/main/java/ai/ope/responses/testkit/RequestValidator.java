package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Checks a request body the way the real API does before it generates anything, answering with
 * the API's 400 envelope, wording, {@code code} and {@code param}: first against the request
 * schema of the official OpenAPI document ({@link RequestSchemas}), then the rules a schema
 * cannot state (the model, members that exclude each other, strict JSON schemas that Structured
 * Outputs does not support, tool outputs that answer no call, reasoning items without their
 * following item).
 */
final class RequestValidator {

  private final Set<String> knownModels;
  private final ToolCallLinks toolCalls;

  RequestValidator(ResponseStore store, Set<String> knownModels) {
    this.knownModels = knownModels;
    this.toolCalls = new ToolCallLinks(store);
  }

  /**
   * The API's error for a request to an endpoint that takes a JSON body, or null when the API
   * would accept it. The body is already known to be a JSON object.
   */
  Answer check(Route.Endpoint endpoint, RecordedRequest request) {
    Violation violation = request.json()
        .filter(JsonObject.class::isInstance)
        .map(body -> violation(endpoint, body.asJsonObject()))
        .orElse(null);
    return violation == null ? null : violation.answer();
  }

  /** The first problem the API would report, or null. */
  Violation violation(Route.Endpoint endpoint, JsonObject body) {
    SchemaAlternatives schema = RequestSchemas.of(endpoint);
    if (schema == null) {
      return null;
    }
    Violation problem = SchemaCheck.body(body, schema);
    if (problem == null) {
      problem = model(endpoint, body);
    }
    if (problem == null) {
      problem = exclusive(body);
    }
    if (problem == null && endpoint == Route.Endpoint.CREATE) {
      // only a create compiles the schemas; whether input_tokens does is not known
      problem = StrictSchemaRules.check(body);
    }
    if (problem == null) {
      problem = ReasoningItems.check(body);
    }
    return problem != null ? problem : toolCalls.check(body);
  }

  /** A create request names a model (unless a stored prompt does), a known one when listed. */
  private Violation model(Route.Endpoint endpoint, JsonObject body) {
    JsonValue model = body.get("model");
    if (model == null && endpoint == Route.Endpoint.CREATE && !present(body, "prompt")) {
      return ValidationErrors.missing(ParamPath.root("model"));
    }
    if (!(model instanceof JsonString name)) {
      return null; // absent or null where the schema allows it
    }
    if (name.getString().isEmpty()) {
      return ValidationErrors.tooShort(ParamPath.root("model"), 1, 0);
    }
    if (!knownModels.isEmpty() && !knownModels.contains(name.getString())) {
      return new Violation("model_not_found", "model", "The requested model '"
          + ApiErrors.shown(name.getString()) + "' does not exist.", 1);
    }
    return null;
  }

  private static Violation exclusive(JsonObject body) {
    if (present(body, "previous_response_id") && present(body, "conversation")) {
      return new Violation("mutually_exclusive_parameters", "previous_response_id",
          "Mutually exclusive parameters: Ensure you are only providing one of:"
              + " 'previous_response_id' or 'conversation'.", 1);
    }
    return null;
  }

  /** Whether a member is there with a value other than null. */
  static boolean present(JsonObject body, String member) {
    JsonValue value = body.get(member);
    return value != null && value != JsonValue.NULL;
  }
}
