package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A text frame a client sent on a Responses WebSocket, read: the create fields of a
 * {@code response.create} event with its lane and warm-up flag, or the refusal the server sends
 * instead (spec §7.6: {@code stream} is implicit and must not be sent, {@code background} is not
 * supported, {@code stream_id} is 1–256 characters of {@code [A-Za-z0-9_.-]}).
 *
 * @param streamId the lane, or null for the default lane (and for a lane that is not valid)
 * @param warmUp whether the event asked for {@code generate: false}
 * @param body the create fields without the WebSocket-only members; the frame as sent when it
 *     is no JSON object
 * @param refusal the error to answer instead of a response, or null when the event is taken
 */
record ClientFrame(String streamId, boolean warmUp, byte[] body, Answer refusal) {

  private static final Pattern LANE = Pattern.compile("[A-Za-z0-9_.-]{1,256}");
  private static final String CREATE = "response.create";

  /** Reads a frame; never throws, whatever the client sent. */
  static ClientFrame read(String text) {
    Optional<JsonValue> parsed = Json.parse(text);
    if (parsed.isEmpty() || parsed.get().getValueType() != JsonValue.ValueType.OBJECT) {
      return refused(null, text.getBytes(StandardCharsets.UTF_8), "We could not parse the JSON"
          + " of your WebSocket message: the API expects a JSON object.", null, "invalid_json");
    }
    JsonObject event = parsed.get().asJsonObject();
    JsonValue lane = event.get("stream_id");
    String streamId = lane instanceof JsonString named && LANE.matcher(named.getString()).matches()
        ? named.getString() : null;
    byte[] body = createFields(event);
    JsonValue type = event.get("type");
    if (!(type instanceof JsonString typeName)) {
      return refused(streamId, body, "Missing required parameter: 'type'.", "type",
          "missing_required_parameter");
    }
    if (!typeName.getString().equals(CREATE)) {
      return refused(streamId, body, "Unsupported event type '"
          + ApiErrors.shown(typeName.getString()) + "': a Responses WebSocket accepts only '"
          + CREATE + "'.", "type", "invalid_value");
    }
    if (lane != null && streamId == null) {
      return refused(null, body, "Invalid 'stream_id': expected 1 to 256 characters of"
          + " A-Z, a-z, 0-9, '_', '.' and '-'.", "stream_id", "invalid_value");
    }
    if (event.containsKey("stream")) {
      return refused(streamId, body, "The 'stream' parameter must not be sent over a"
          + " WebSocket: every response is streamed.", "stream", "unsupported_parameter");
    }
    if (isTrue(event.get("background"))) {
      return refused(streamId, body, "Background responses are not supported over a"
          + " WebSocket.", "background", "unsupported_parameter");
    }
    JsonValue generate = event.get("generate");
    if (generate != null && !isTrue(generate)
        && generate.getValueType() != JsonValue.ValueType.FALSE) {
      return refused(streamId, body, "Invalid type for 'generate': expected a boolean.",
          "generate", "invalid_type");
    }
    return new ClientFrame(streamId, generate != null && !isTrue(generate), body, null);
  }

  private static boolean isTrue(JsonValue value) {
    return value != null && value.getValueType() == JsonValue.ValueType.TRUE;
  }

  /** The event without its WebSocket-only members: what {@code POST /v1/responses} would get. */
  private static byte[] createFields(JsonObject event) {
    JsonObjectBuilder fields = Json.PROVIDER.createObjectBuilder(event);
    fields.remove("type").remove("stream_id").remove("generate");
    return fields.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ClientFrame refused(String streamId, byte[] body, String message, String param,
      String code) {
    return new ClientFrame(streamId, false, body,
        Answer.invalidRequest(400, message, param, code));
  }
}
