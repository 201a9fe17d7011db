package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Schema keywords defensively: a keyword of the wrong JSON type reads as absent, so
 * an odd schema (the API accepts any object) never makes the example generator throw.
 */
final class SchemaKeywords {

  private SchemaKeywords() {}

  static JsonObject object(JsonObject schema, String keyword) {
    return schema.get(keyword) instanceof JsonObject object ? object : null;
  }

  static JsonArray array(JsonObject schema, String keyword) {
    return schema.get(keyword) instanceof JsonArray array ? array : null;
  }

  static String string(JsonObject schema, String keyword) {
    return schema.get(keyword) instanceof JsonString string ? string.getString() : null;
  }

  /** A number keyword; absent when it is not a number, or beyond 1e±1000 (read as no bound). */
  static BigDecimal number(JsonObject schema, String keyword) {
    if (!(schema.get(keyword) instanceof JsonNumber number)) {
      return null;
    }
    BigDecimal value = number.bigDecimalValue();
    // arithmetic on 1e-1000000000 would build a number of a billion digits
    return Math.abs(value.scale()) > 1000 || value.precision() > 1000 ? null : value;
  }

  /** A count such as {@code minItems}: absent, negative or huge values are clamped. */
  static int count(JsonObject schema, String keyword, int absent) {
    BigDecimal value = number(schema, keyword);
    if (value == null) {
      return absent;
    }
    return value.signum() < 0 ? 0 : value.min(BigDecimal.valueOf(1_000_000)).intValue();
  }

  static boolean isTrue(JsonObject schema, String keyword) {
    return JsonValue.TRUE.equals(schema.get(keyword));
  }

  /** The names listed by {@code required}, ignoring entries that are not strings. */
  static List<String> required(JsonObject schema) {
    List<String> names = new ArrayList<>();
    JsonArray required = array(schema, "required");
    if (required != null) {
      for (JsonValue name : required) {
        if (name instanceof JsonString string) {
          names.add(string.getString());
        }
      }
    }
    return names;
  }

  /** The {@code type} keyword as a list: one name, several, or none when absent. */
  static List<String> types(JsonObject schema) {
    JsonValue type = schema.get("type");
    List<String> types = new ArrayList<>();
    if (type instanceof JsonString single) {
      types.add(single.getString());
    } else if (type instanceof JsonArray several) {
      for (JsonValue each : several) {
        if (each instanceof JsonString name) {
          types.add(name.getString());
        }
      }
    }
    return types;
  }

  /** Whether a value is of a JSON Schema type ({@code integer}: a number without fraction). */
  static boolean is(JsonValue value, String type) {
    switch (type) {
      case "null":
        return value.getValueType() == JsonValue.ValueType.NULL;
      case "boolean":
        return value.getValueType() == JsonValue.ValueType.TRUE
            || value.getValueType() == JsonValue.ValueType.FALSE;
      case "string":
        return value instanceof JsonString;
      case "number":
        return value instanceof JsonNumber;
      case "integer":
        return value instanceof JsonNumber number
            && number.bigDecimalValue().stripTrailingZeros().scale() <= 0;
      case "object":
        return value instanceof JsonObject;
      case "array":
        return value instanceof JsonArray;
      default:
        return false;
    }
  }
}
