package ai.ope.responses.testkit;

import jakarta.json.JsonValue;
import java.util.Collection;

/**
 * An admin request the server refuses, with the API's error envelope: a 4xx, a message that says
 * what is wrong and what would be right, and the offending member in {@code param}, named by its
 * place in the request ({@code replies[1].function_calls[0].name}). Thrown while reading a
 * request, before anything changes: a refused request changes nothing.
 */
final class BadAdminRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String param;
  private final String code;

  private BadAdminRequest(int status, String message, String param, String code) {
    super(message, null, false, false);
    this.status = status;
    this.param = param;
    this.code = code;
  }

  /** The answer the request gets. */
  Answer answer() {
    return Answer.invalidRequest(status, getMessage(), param, code);
  }

  static BadAdminRequest invalidJson(String what) {
    return new BadAdminRequest(400, "We could not parse the JSON body of your request: " + what,
        null, "invalid_json");
  }

  static BadAdminRequest unknownMember(String path, String name, Collection<String> known) {
    String guess = known.stream().filter(candidate -> Typo.distance(candidate, name) <= 2)
        .findFirst().map(candidate -> " Did you mean '" + candidate + "'?").orElse("");
    return new BadAdminRequest(400, "Unknown parameter: '" + ApiErrors.shown(path) + "'."
        + guess + " Expected one of: " + String.join(", ", known) + ".", ApiErrors.shown(path),
        "unknown_parameter");
  }

  static BadAdminRequest wrongType(String path, String expected, JsonValue given) {
    return new BadAdminRequest(400, "Invalid type for '" + path + "': expected " + expected
        + ", but got " + typeOf(given) + " instead.", path, "invalid_type");
  }

  static BadAdminRequest belowMinimum(String path, long minimum, Object given) {
    return new BadAdminRequest(400, "Invalid '" + path + "': integer below minimum value."
        + " Expected a value >= " + minimum + ", but got " + given + " instead.", path,
        "integer_below_min_value");
  }

  static BadAdminRequest aboveMaximum(String path, long maximum, Object given) {
    return new BadAdminRequest(400, "Invalid '" + path + "': integer above maximum value."
        + " Expected a value <= " + maximum + ", but got " + given + " instead.", path,
        "integer_above_max_value");
  }

  static BadAdminRequest missing(String path, String why) {
    return new BadAdminRequest(400, "Missing required parameter: '" + path + "'" + why + ".",
        path, "missing_required_parameter");
  }

  static BadAdminRequest nothingToAnswer(String at, Collection<String> choices) {
    return new BadAdminRequest(400, "A reply" + (at.isEmpty() ? "" : " ('" + at + "')")
        + " must say what to answer: give one of " + String.join(", ", choices) + ".",
        at.isEmpty() ? null : at, "missing_required_parameter");
  }

  static BadAdminRequest invalidValue(String path, String message) {
    return new BadAdminRequest(400, "Invalid '" + path + "': " + message, path,
        "invalid_value");
  }

  static BadAdminRequest conflict(String path, String message) {
    return new BadAdminRequest(400, message, path, "conflicting_parameters");
  }

  static BadAdminRequest unknownQueryParameter(String name) {
    return new BadAdminRequest(400, "Unknown parameter: '" + ApiErrors.shown(name) + "'.",
        ApiErrors.shown(name), "unknown_parameter");
  }

  private static String typeOf(JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case NULL:
        return "null";
      default:
        return "a boolean";
    }
  }
}
