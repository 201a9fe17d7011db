package ai.ope.responses.conformance;

/**
 * What an SDK exposes of an API error, and what the real API answers: the HTTP status and the
 * error envelope's {@code type}, {@code code} and {@code param} (null when the API sends null).
 */
record ApiError(int status, String type, String code, String param) {

  /** The real API's 400 for an invalid request. */
  static ApiError invalid(String code, String param) {
    return new ApiError(400, "invalid_request_error", code, param);
  }
}
