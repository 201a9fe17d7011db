package ai.ope.responses.testkit;

/**
 * Why the API would refuse a request: the {@code code}, {@code param} and message of its 400.
 *
 * @param code the error code, or null (the API leaves some errors without one)
 * @param param the parameter in the API's path form, or null
 * @param message the message, worded as the API words it
 * @param depth how deep in the body the problem is; of two unions' failures, the deeper one
 *     tells more about what was meant
 */
record Violation(String code, String param, String message, int depth) {

  /** The API's answer for it. */
  Answer answer() {
    return Answer.invalidRequest(400, message, param, code);
  }
}
