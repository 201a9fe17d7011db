package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The WebSocket mode's {@code error} event (spec §7.6, {@code ResponseWsError}): the HTTP-like
 * status and, nested under {@code error}, what the API's error envelope carries for the same
 * refusal, so a client reads one error however the request travelled.
 */
final class SocketErrors {

  private SocketErrors() {}

  /**
   * The event for an answer with an error status.
   *
   * @param answer the answer, whose body is the API's envelope (or anything a test scripted)
   * @param streamId the lane to echo, or null
   */
  static String event(Answer answer, String streamId) {
    int status = answer.status();
    String body = answer.outcome() instanceof Outcome.Json json ? json.body()
        : new String(answer.reply().body, java.nio.charset.StandardCharsets.UTF_8);
    JsonObject error = envelopeError(body).orElseGet(() -> payload("server_error",
        "The scripted error reply has no error envelope: HTTP " + status + ".", null));
    return event(status, error, answer.reply().headers, streamId);
  }

  /** An event the fake raises itself, of type {@code server_error}. */
  static String serverError(String message, String streamId) {
    return event(500, payload("server_error", message, "server_error"), Map.of(), streamId);
  }

  private static String event(int status, JsonObject error, Map<String, String> headers,
      String streamId) {
    JsonObjectBuilder withHeaders = Json.PROVIDER.createObjectBuilder(error);
    if (!headers.isEmpty() && !error.containsKey("headers")) {
      // e.g. a rate limit's retry-after, which an HTTP client would read from the headers
      JsonObjectBuilder named = Json.PROVIDER.createObjectBuilder();
      headers.forEach((name, value) -> {
        if (retryAdvice(name.toLowerCase(Locale.ROOT))) {
          named.add(name, value);
        }
      });
      JsonObject kept = named.build();
      if (!kept.isEmpty()) {
        withHeaders.add("headers", kept);
      }
    }
    JsonObjectBuilder event = Json.PROVIDER.createObjectBuilder()
        .add("type", "error")
        .add("status", status)
        .add("error", withHeaders);
    if (streamId != null) {
      event.add("stream_id", streamId);
    }
    return event.build().toString();
  }

  /** Headers that tell a client when to retry; a recording's other headers are noise here. */
  private static boolean retryAdvice(String name) {
    return name.startsWith("retry-after") || name.startsWith("x-ratelimit-")
        || name.equals("x-should-retry");
  }

  private static Optional<JsonObject> envelopeError(String body) {
    return Json.parse(body)
        .filter(JsonObject.class::isInstance)
        .map(json -> json.asJsonObject().get("error"))
        .filter(JsonObject.class::isInstance)
        .map(JsonValue::asJsonObject);
  }

  private static JsonObject payload(String type, String message, String code) {
    JsonObjectBuilder error = Json.PROVIDER.createObjectBuilder().add("type", type);
    if (code == null) {
      error.addNull("code");
    } else {
      error.add("code", code);
    }
    return error.add("message", message).addNull("param").build();
  }
}
