package ai.ope.responses.client;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ErrorEvent;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The WebSocket {@code error} event (spec §7.6): its details nested under {@code error} and an
 * HTTP-like {@code status}, unlike the SSE one whose details are top-level members. It becomes the
 * {@link ApiException} of that status, as the same refusal over HTTP would.
 */
final class SocketErrors {

  private SocketErrors() {}

  /** The status of a WebSocket error event; null for the SSE shape or without a status. */
  static Integer status(ErrorEvent event) {
    if (event.error() == null) {
      return null;
    }
    JsonValue status = event.extra().get("status");
    return status instanceof JsonNumber number && number.isIntegral() ? number.intValue() : null;
  }

  /** The exception of the status, carrying the event's JSON as its body (already masked). */
  static ApiException exception(int status, ErrorEvent event, UnaryOperator<String> masker) {
    return ApiException.of(status, event.error(), null, Map.of(),
        masker.apply(ResponsesJson.toJson(event)));
  }
}
