package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The members of one JSON object of an admin request, each read with its type checked. A member
 * the object does not take is refused by name: a misspelt option must be an error, not a reply
 * that silently lacks it. A member whose value is {@code null} counts as absent, as clients often
 * write unset options that way.
 */
final class JsonMembers {

  private final JsonObject object;
  private final String at;

  private JsonMembers(JsonObject object, String at) {
    this.object = object;
    this.at = at;
  }

  /**
   * The members of an object.
   *
   * @param value the value, which must be an object
   * @param at where it is in the request, e.g. {@code replies[2]}; empty for the whole body
   * @param known the members it takes
   * @throws BadAdminRequest when it is not an object or has another member
   */
  static JsonMembers of(JsonValue value, String at, List<String> known) {
    if (!(value instanceof JsonObject object)) {
      throw BadAdminRequest.wrongType(at.isEmpty() ? "body" : at, "an object", value);
    }
    JsonMembers members = new JsonMembers(object, at);
    for (String name : object.keySet()) {
      if (!known.contains(name)) {
        throw BadAdminRequest.unknownMember(members.path(name), name, known);
      }
    }
    return members;
  }

  /** A member's name as errors show it: {@code replies[2].text}. */
  String path(String name) {
    return at.isEmpty() ? name : at + "." + name;
  }

  boolean has(String name) {
    return value(name).isPresent();
  }

  /** The names of the members given a value other than null. */
  Set<String> present() {
    return object.keySet().stream().filter(this::has)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  Optional<JsonValue> value(String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? Optional.empty() : Optional.of(value);
  }

  Optional<String> string(String name) {
    return value(name).map(value -> {
      if (!(value instanceof JsonString string)) {
        throw BadAdminRequest.wrongType(path(name), "a string", value);
      }
      return string.getString();
    });
  }

  /** A string that must be there, and not blank. */
  String requiredString(String name) {
    String value = string(name).orElseThrow(() -> BadAdminRequest.missing(path(name), ""));
    if (value.isBlank()) {
      throw BadAdminRequest.invalidValue(path(name), "must not be blank.");
    }
    return value;
  }

  Optional<Boolean> bool(String name) {
    return value(name).map(value -> {
      if (value.getValueType() != JsonValue.ValueType.TRUE
          && value.getValueType() != JsonValue.ValueType.FALSE) {
        throw BadAdminRequest.wrongType(path(name), "a boolean", value);
      }
      return value.getValueType() == JsonValue.ValueType.TRUE;
    });
  }

  /** A whole number from {@code minimum} to {@code maximum}; {@code 3.0} counts as 3. */
  Optional<Integer> integer(String name, int minimum, int maximum) {
    return value(name).map(value -> {
      BigDecimal number = value instanceof JsonNumber json ? json.bigDecimalValue() : null;
      if (number == null || number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
        throw BadAdminRequest.wrongType(path(name), "an integer", value);
      }
      if (number.compareTo(BigDecimal.valueOf(minimum)) < 0) {
        throw BadAdminRequest.belowMinimum(path(name), minimum, value);
      }
      if (number.compareTo(BigDecimal.valueOf(maximum)) > 0) {
        throw BadAdminRequest.aboveMaximum(path(name), maximum, value);
      }
      return number.intValue();
    });
  }

  Optional<JsonObject> object(String name) {
    return value(name).map(value -> {
      if (!(value instanceof JsonObject json)) {
        throw BadAdminRequest.wrongType(path(name), "an object", value);
      }
      return json;
    });
  }

  Optional<JsonArray> array(String name) {
    return value(name).map(value -> {
      if (!(value instanceof JsonArray json)) {
        throw BadAdminRequest.wrongType(path(name), "an array", value);
      }
      return json;
    });
  }
}
