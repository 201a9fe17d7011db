package ai.ope.responses.testkit.internal.cli;

import ai.ope.responses.testkit.RecordedRequest;

/** The line {@code serve --log} prints for an answered request. */
final class RequestLogLine {

  /** Longer explanations are cut: one request, one line. */
  private static final int MAX_REASON = 300;

  private RequestLogLine() {}

  /**
   * E.g. {@code #3 POST /v1/responses -> 400 validation: Unknown parameter: 'bogus'.}.
   *
   * @param request an answered request
   * @return the line, without credentials or bodies
   */
  static String of(RecordedRequest request) {
    String reason = request.answeredBy().replace('\n', ' ').replace('\r', ' ');
    if (reason.length() > MAX_REASON) {
      reason = reason.substring(0, MAX_REASON) + "…";
    }
    // a WebSocket event is journaled as a POST; the log says what it was, and its lane
    String method = request.overWebSocket() ? "WS response.create" : request.method();
    String lane = request.streamId().map(id -> " [" + id + "]").orElse("");
    return "#" + request.sequence() + " " + method + " " + request.path()
        + (request.query().isEmpty() ? "" : "?" + request.query()) + lane + " -> "
        + (request.status() == 0 ? "connection reset" : request.status()) + " " + reason;
  }
}
