package ai.ope.responses.client;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ErrorEvent;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * The exception of the status, carrying the event's JSON as its body (already masked) and the
   * headers the event names ({@code error.headers}: a rate limit's {@code retry-after}...).
   */
  static ApiException exception(int status, ErrorEvent event, UnaryOperator<String> masker) {
    return ApiException.of(status, event.error(), null, headers(event, masker),
        masker.apply(ResponsesJson.toJson(event)));
  }

  /** The event's {@code error.headers}, as HTTP headers: lower case, credentials left out. */
  private static Map<String, List<String>> headers(ErrorEvent event,
      UnaryOperator<String> masker) {
    JsonValue named = event.error().extra().get("headers");
    if (!(named instanceof JsonObject object)) {
      return Map.of();
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    object.forEach((name, value) -> {
      if (value instanceof JsonString text) {
        headers.put(name, List.of(masker.apply(text.getString())));
      }
    });
    return Listeners.visible(headers);
  }
}
