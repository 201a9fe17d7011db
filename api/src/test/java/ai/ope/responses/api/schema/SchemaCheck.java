package ai.ope.responses.api.schema;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Just enough JSON Schema for the tests: validates a value against the keywords the generator
 * writes, and checks a schema follows strict mode's rules.
 */
final class SchemaCheck {

  private SchemaCheck() {}

  /** Where the value breaks the schema; empty when it conforms. */
  static List<String> violations(JsonObject root, JsonValue value) {
    List<String> found = new ArrayList<>();
    check(root, root, value, "", found);
    return found;
  }

  /** Where the schema breaks strict mode: an object without all properties required, or open. */
  static List<String> strictProblems(JsonValue schema) {
    List<String> found = new ArrayList<>();
    strict(schema, "", found);
    return found;
  }

  private static void check(JsonObject root, JsonObject schema, JsonValue value, String at,
      List<String> found) {
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      JsonObject target = ref.equals("#") ? root
          : root.getJsonObject("$defs").getJsonObject(ref.substring("#/$defs/".length()));
      check(root, target, value, at, found);
      return;
    }
    if (schema.containsKey("anyOf")) {
      for (JsonValue option : schema.getJsonArray("anyOf")) {
        List<String> attempt = new ArrayList<>();
        check(root, option.asJsonObject(), value, at, attempt);
        if (attempt.isEmpty()) {
          return;
        }
      }
      found.add(at + ": matches no anyOf option");
      return;
    }
    if (!typeMatches(schema.get("type"), value)) {
      found.add(at + ": " + value.getValueType() + " is not " + schema.get("type"));
      return;
    }
    if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
      found.add(at + ": " + value + " is not one of " + schema.get("enum"));
    }
    if (value instanceof JsonObject object) {
      JsonObject properties = schema.getJsonObject("properties");
      for (JsonValue required : schema.getJsonArray("required")) {
        if (!object.containsKey(((JsonString) required).getString())) {
          found.add(at + ": missing " + required);
        }
      }
      for (String name : object.keySet()) {
        if (properties != null && properties.containsKey(name)) {
          check(root, properties.getJsonObject(name), object.get(name), at + "/" + name, found);
        } else if (JsonValue.FALSE.equals(schema.get("additionalProperties"))) {
          found.add(at + ": unexpected " + name);
        } else if (schema.get("additionalProperties") instanceof JsonObject additional) {
          check(root, additional, object.get(name), at + "/" + name, found);
        }
      }
    }
    if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        check(root, schema.getJsonObject("items"), array.get(i), at + "/" + i, found);
      }
      bound(schema, "minItems", array.size(), at, found, true);
      bound(schema, "maxItems", array.size(), at, found, false);
    }
    if (value instanceof JsonString string) {
      bound(schema, "minLength", string.getString().length(), at, found, true);
      bound(schema, "maxLength", string.getString().length(), at, found, false);
      if (schema.containsKey("pattern")
          && !string.getString().matches(".*" + schema.getString("pattern") + ".*")) {
        found.add(at + ": does not match " + schema.getString("pattern"));
      }
    }
    if (value instanceof JsonNumber number) {
      bound(schema, "minimum", number.doubleValue(), at, found, true);
      bound(schema, "maximum", number.doubleValue(), at, found, false);
    }
  }

  private static void bound(JsonObject schema, String keyword, double actual, String at,
      List<String> found, boolean lower) {
    if (schema.containsKey(keyword)) {
      double limit = schema.getJsonNumber(keyword).doubleValue();
      if (lower ? actual < limit : actual > limit) {
        found.add(at + ": " + actual + " breaks " + keyword + " " + limit);
      }
    }
  }

  private static boolean typeMatches(JsonValue type, JsonValue value) {
    if (type == null) {
      return true;
    }
    if (type instanceof JsonArray types) {
      return types.stream().anyMatch(option -> typeMatches(option, value));
    }
    switch (((JsonString) type).getString()) {
      case "object":
        return value instanceof JsonObject;
      case "array":
        return value instanceof JsonArray;
      case "string":
        return value instanceof JsonString;
      case "integer":
        return value instanceof JsonNumber number && number.isIntegral();
      case "number":
        return value instanceof JsonNumber;
      case "boolean":
        return value == JsonValue.TRUE || value == JsonValue.FALSE;
      case "null":
        return value == JsonValue.NULL;
      default:
        return false;
    }
  }

  private static void strict(JsonValue schema, String at, List<String> found) {
    if (schema instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        strict(array.get(i), at + "/" + i, found);
      }
      return;
    }
    if (!(schema instanceof JsonObject object)) {
      return;
    }
    if (object.get("type") instanceof JsonString type && type.getString().equals("object")) {
      Set<String> properties = object.getJsonObject("properties").keySet();
      Set<String> required = new HashSet<>();
      object.getJsonArray("required").forEach(name -> required.add(((JsonString) name)
          .getString()));
      if (!required.equals(properties)) {
        found.add(at + ": required " + required + " is not every property " + properties);
      }
      if (!JsonValue.FALSE.equals(object.get("additionalProperties"))) {
        found.add(at + ": additionalProperties is not false");
      }
    }
    object.forEach((name, member) -> strict(member, at + "/" + name, found));
  }
}
