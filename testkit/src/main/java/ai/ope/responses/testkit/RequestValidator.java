package ai.ope.responses.testkit;

import java.util.Set;

/**
 * Checks a request body the way the real API does before it generates anything, answering with
 * the API's 400 envelope, wording, {@code code} and {@code param}.
 */
final class RequestValidator {

  private final ResponseStore store;
  private final Set<String> knownModels;

  RequestValidator(ResponseStore store, Set<String> knownModels) {
    this.store = store;
    this.knownModels = knownModels;
  }

  /**
   * The API's error for a request to an endpoint that takes a JSON body, or null when the API
   * would accept it. The body is already known to be a JSON object.
   */
  Answer check(Route.Endpoint endpoint, RecordedRequest request) {
    // TODO(validation): the schema-driven checks
    return null;
  }
}
