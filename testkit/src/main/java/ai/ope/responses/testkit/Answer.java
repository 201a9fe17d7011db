package ai.ope.responses.testkit;

/**
 * A decided answer: the reply whose faults and headers apply, and what to send.
 *
 * @param reply the reply
 * @param outcome the body
 */
record Answer(Reply reply, Outcome outcome) {

  /** Sends a reply's own bytes. */
  static Answer of(Reply reply) {
    return new Answer(reply, new Outcome.AsRecorded());
  }

  /** An API error with the {@code invalid_request_error} type. */
  static Answer invalidRequest(int status, String message, String param, String code) {
    return of(ApiErrors.invalidRequest(status, message, param, code));
  }
}
