package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** A body of these bytes with this status and these headers, such as a file to show. */
  static Answer ofBytes(int status, Map<String, String> headers, byte[] body) {
    return of(Reply.recorded(status, headers, body, false, List.of()));
  }

  /** An API error with the {@code invalid_request_error} type. */
  static Answer invalidRequest(int status, String message, String param, String code) {
    return of(ApiErrors.invalidRequest(status, message, param, code));
  }

  /** The HTTP status this answer sends; 0 for a connection reset before any byte. */
  int status() {
    if (outcome instanceof Outcome.Json json) {
      return json.status();
    }
    if (outcome instanceof Outcome.Events) {
      return 200;
    }
    return reply.kind == Reply.Kind.RESET ? 0 : reply.status;
  }

  /** The {@code error.message} of an error envelope this answer sends, if it sends one. */
  Optional<String> errorMessage() {
    if (status() < 400) {
      return Optional.empty();
    }
    String body = outcome instanceof Outcome.Json json ? json.body()
        : new String(reply.body, StandardCharsets.UTF_8);
    return Json.parse(body)
        .filter(JsonObject.class::isInstance)
        .map(json -> json.asJsonObject().get("error"))
        .filter(JsonObject.class::isInstance)
        .map(error -> error.asJsonObject().get("message"))
        .filter(JsonString.class::isInstance)
        .map(message -> ((JsonString) message).getString());
  }
}
