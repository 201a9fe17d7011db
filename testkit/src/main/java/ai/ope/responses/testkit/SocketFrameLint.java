package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether one recorded WebSocket frame is what its side may send (spec §7.6): the client only
 * {@code response.create} events whose create fields read as a request, the server only events
 * with a type, its {@code error} event carrying the details under {@code error}.
 */
final class SocketFrameLint {

  private static final String CREATE = "response.create";

  private SocketFrameLint() {}

  /** What is wrong with a frame the client sent; empty when it is a valid event. */
  static List<String> client(String text) {
    Optional<JsonObject> read = object(text);
    if (read.isEmpty()) {
      return List.of(notAnObject(text, "client"));
    }
    JsonObject event = read.get();
    List<String> defects = new ArrayList<>();
    if (!(event.get("type") instanceof JsonString type)) {
      defects.add("the client frame has no type: it must be \"" + CREATE + "\"");
    } else if (!type.getString().equals(CREATE)) {
      defects.add("the client frame's type is \"" + ApiErrors.shown(type.getString())
          + "\", not \"" + CREATE + "\"");
    }
    // ClientFrame keeps a lane only when it is valid: the rule replay applies, in one place
    ClientFrame frame = ClientFrame.read(text);
    if (event.containsKey("stream_id") && frame.streamId() == null) {
      defects.add("the client frame's stream_id is not 1 to 256 characters of A-Z, a-z, 0-9,"
          + " '_', '.' and '-'");
    }
    if (event.containsKey("stream")) {
      defects.add("the client frame sends \"stream\", which a WebSocket event must not send"
          + " (every response is streamed)");
    }
    if (is(event.get("background"), JsonValue.ValueType.TRUE)) {
      defects.add("the client frame asks for \"background\": true, which a WebSocket does not"
          + " support");
    }
    JsonValue generate = event.get("generate");
    if (generate != null && !is(generate, JsonValue.ValueType.TRUE)
        && !is(generate, JsonValue.ValueType.FALSE)) {
      defects.add("the client frame's generate is " + generate + ", not a boolean");
    }
    BodyLint.request(Route.of("POST", "/v1/responses"),
            new String(frame.body(), StandardCharsets.UTF_8))
        .map(defect -> defect.replaceFirst("^body is", "the client frame's create fields are")
            // an offset would count in the fields without the frame's own members, not the line
            .replaceFirst("\\(offset \\d+, near ", "(near "))
        .ifPresent(defects::add);
    return defects;
  }

  /**
   * The lane a client frame names, as recorded: the server frames of the recording echo it even
   * when it is not valid, so following them by it reports the bad lane once, not each answer.
   *
   * @return the frame's {@code stream_id} when it is a string, else {@code ""} (the default lane)
   */
  static String lane(String text) {
    return object(text).map(event -> event.get("stream_id"))
        .filter(JsonString.class::isInstance).map(id -> ((JsonString) id).getString()).orElse("");
  }

  /**
   * The event a frame the server sent holds, when it is one: a JSON object with a string type.
   *
   * @param text the frame
   * @param defects where to add what is wrong with it
   * @return the event, or empty when the frame is none (its defect then added)
   */
  static Optional<JsonObject> server(String text, List<String> defects) {
    Optional<JsonObject> read = object(text);
    if (read.isEmpty()) {
      defects.add(notAnObject(text, "server"));
      return Optional.empty();
    }
    if (!(read.get().get("type") instanceof JsonString)) {
      defects.add("the server frame has no type (a string naming the event)");
      return Optional.empty();
    }
    if (read.get().getString("type").equals("error") && !(read.get().get("error")
        instanceof JsonObject error && error.get("message") instanceof JsonString)) {
      // the WebSocket error event nests its details, unlike the SSE one (spec §7.6)
      defects.add("the server's error frame has no \"error\" object with a string message");
    }
    return read;
  }

  private static Optional<JsonObject> object(String text) {
    return Json.parse(text).filter(JsonObject.class::isInstance).map(JsonValue::asJsonObject);
  }

  /** Why a frame is no JSON object, with the parser's words when it is no JSON at all. */
  private static String notAnObject(String text, String side) {
    if (text.isBlank()) {
      return "the " + side + " frame is empty, not a JSON object";
    }
    try {
      JsonValue value = InteractionFiles.json(text);
      return "the " + side + " frame is a JSON " + value.getValueType().name().toLowerCase(
          java.util.Locale.ROOT) + ", not an object";
    } catch (RuntimeException e) {
      // JsonException mostly; Parsson refuses input nested over 1000 levels with a plain one
      return "the " + side + " frame is not JSON: " + e.getMessage();
    }
  }

  private static boolean is(JsonValue value, JsonValue.ValueType type) {
    return value != null && value.getValueType() == type;
  }
}
