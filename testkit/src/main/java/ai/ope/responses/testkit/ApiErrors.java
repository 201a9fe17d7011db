package ai.ope.responses.testkit;

import ai.ope.responses.api.ApiError;
import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.ResponsesJson;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The API's {@code {"error":{…}}} envelope, explicit nulls included, as the server writes it. */
final class ApiErrors {

  private ApiErrors() {}

  /** The envelope as JSON text; a null param or code is written as {@code null}. */
  static String envelope(String message, String type, String param, String code) {
    JsonObjectBuilder nulls = Json.PROVIDER.createObjectBuilder();
    if (param == null) {
      nulls.add("param", JsonValue.NULL);
    }
    if (code == null) {
      nulls.add("code", JsonValue.NULL);
    }
    ApiError error = new ApiError(message, type, param, code, nulls.build());
    return ResponsesJson.toJson(new ErrorResponse(error, null));
  }

  /**
   * A value from the request as an error message shows it: at most 64 characters. A message that
   * repeats a 100 KB parameter helps nobody, and a test failure shows it whole.
   */
  static String shown(String value) {
    return value.length() <= 64 ? value : value.substring(0, 64) + "… (" + value.length()
        + " characters)";
  }

  /** A 400-class error of type {@code invalid_request_error}. */
  static Reply invalidRequest(int status, String message, String param, String code) {
    return Reply.json(status, envelope(message, "invalid_request_error", param, code));
  }
}
