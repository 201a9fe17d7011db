package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema validator for the tests, written apart from the generator it checks: the
 * keywords the built-in model claims to honour, each checked by the letter of the spec
 * (draft 2020-12, with draft-4 boolean exclusive bounds and tuple {@code items}).
 */
final class JsonSchemaOracle {

  private static final Map<String, Pattern> FORMATS = Map.of(
      "date-time", Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})"),
      "date", Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"),
      "time", Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})"),
      "duration", Pattern.compile("P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?"
          + "(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?"),
      "email", Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
      "uuid", Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
      "uri", Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*"),
      "hostname", Pattern.compile("(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)"
          + "(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"),
      "ipv4", Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
          + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"),
      "ipv6", Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:]*"));

  private final JsonObject root;
  private final List<String> found = new ArrayList<>();

  private JsonSchemaOracle(JsonObject root) {
    this.root = root;
  }

  /** Where the value breaks the schema; empty when it conforms. */
  static List<String> violations(JsonObject schema, JsonValue value) {
    JsonSchemaOracle check = new JsonSchemaOracle(schema);
    check.check(schema, value, "$");
    return check.found;
  }

  private boolean valid(JsonValue schema, JsonValue value) {
    JsonSchemaOracle nested = new JsonSchemaOracle(root);
    nested.check(schema, value, "");
    return nested.found.isEmpty();
  }

  private void check(JsonValue schemaValue, JsonValue value, String at) {
    if (JsonValue.TRUE.equals(schemaValue)) {
      return;
    }
    if (!(schemaValue instanceof JsonObject schema)) {
      found.add(at + ": nothing is valid against " + schemaValue);
      return;
    }
    if (schema.containsKey("$ref")) {
      check(pointer(schema.getString("$ref")), value, at);
    }
    combinators(schema, value, at);
    if (schema.containsKey("const") && !same(schema.get("const"), value)) {
      found.add(at + ": not the const " + schema.get("const"));
    }
    if (schema.get("enum") instanceof JsonArray values
        && values.stream().noneMatch(v -> same(v, value))) {
      found.add(at + ": " + value + " not in " + values);
    }
    if (schema.containsKey("type") && !typeMatches(schema.get("type"), value)) {
      found.add(at + ": " + value + " is not of type " + schema.get("type"));
      return;
    }
    if (value instanceof JsonObject object) {
      object(schema, object, at);
    } else if (value instanceof JsonArray array) {
      array(schema, array, at);
    } else if (value instanceof JsonString string) {
      string(schema, string.getString(), at);
    } else if (value instanceof JsonNumber number) {
      number(schema, number.bigDecimalValue(), at);
    }
  }

  private void combinators(JsonObject schema, JsonValue value, String at) {
    if (schema.get("allOf") instanceof JsonArray all) {
      all.forEach(part -> check(part, value, at));
    }
    if (schema.get("anyOf") instanceof JsonArray any
        && any.stream().noneMatch(option -> valid(option, value))) {
      found.add(at + ": matches no anyOf branch");
    }
    if (schema.get("oneOf") instanceof JsonArray one) {
      long matching = one.stream().filter(option -> valid(option, value)).count();
      if (matching != 1) {
        found.add(at + ": matches " + matching + " oneOf branches");
      }
    }
  }

  private JsonValue pointer(String ref) {
    JsonValue at = root;
    if (ref.equals("#")) {
      return at;
    }
    for (String token : ref.substring(2).split("/")) {
      at = at.asJsonObject().get(token.replace("~1", "/").replace("~0", "~"));
    }
    return at;
  }

  private void object(JsonObject schema, JsonObject object, String at) {
    JsonObject properties = schema.getJsonObject("properties");
    if (schema.get("required") instanceof JsonArray required) {
      required.stream().map(name -> ((JsonString) name).getString())
          .filter(name -> !object.containsKey(name))
          .forEach(name -> found.add(at + ": missing required " + name));
    }
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      String path = at + "." + member.getKey();
      if (properties != null && properties.containsKey(member.getKey())) {
        check(properties.get(member.getKey()), member.getValue(), path);
      } else if (schema.containsKey("additionalProperties")) {
        check(schema.get("additionalProperties"), member.getValue(), path);
      }
    }
    bound(at, "minProperties", schema, object.size(), true);
    bound(at, "maxProperties", schema, object.size(), false);
  }

  private void array(JsonObject schema, JsonArray array, String at) {
    JsonArray prefix = schema.get("prefixItems") instanceof JsonArray p ? p : null;
    JsonValue rest = schema.get("items");
    if (rest instanceof JsonArray tuple) {
      prefix = tuple;
      rest = schema.get("additionalItems");
    }
    for (int i = 0; i < array.size(); i++) {
      if (prefix != null && i < prefix.size()) {
        check(prefix.get(i), array.get(i), at + "[" + i + "]");
      } else if (rest != null) {
        check(rest, array.get(i), at + "[" + i + "]");
      }
    }
    bound(at, "minItems", schema, array.size(), true);
    bound(at, "maxItems", schema, array.size(), false);
    if (JsonValue.TRUE.equals(schema.get("uniqueItems"))) {
      Set<String> seen = new HashSet<>();
      array.forEach(item -> {
        if (!seen.add(canonical(item))) {
          found.add(at + ": duplicate item " + item);
        }
      });
    }
  }

  private void string(JsonObject schema, String text, String at) {
    int length = text.codePointCount(0, text.length());
    bound(at, "minLength", schema, length, true);
    bound(at, "maxLength", schema, length, false);
    if (schema.get("pattern") instanceof JsonString pattern
        && !Pattern.compile(pattern.getString()).matcher(text).find()) {
      found.add(at + ": '" + text + "' does not match " + pattern.getString());
    }
    Pattern format = FORMATS.get(schema.getString("format", ""));
    if (format != null && !format.matcher(text).matches()) {
      found.add(at + ": '" + text + "' is not a " + schema.getString("format"));
    }
  }

  private void number(JsonObject schema, BigDecimal number, String at) {
    compare(schema, number, at, "minimum", c -> c >= 0, "exclusiveMinimum", c -> c > 0);
    compare(schema, number, at, "maximum", c -> c <= 0, "exclusiveMaximum", c -> c < 0);
    if (schema.get("multipleOf") instanceof JsonNumber step
        && number.remainder(step.bigDecimalValue()).signum() != 0) {
      found.add(at + ": " + number + " is not a multiple of " + step);
    }
  }

  private void compare(JsonObject schema, BigDecimal number, String at, String inclusive,
      java.util.function.IntPredicate inclusiveOk, String exclusive,
      java.util.function.IntPredicate exclusiveOk) {
    boolean draft4 = JsonValue.TRUE.equals(schema.get(exclusive));
    if (schema.get(inclusive) instanceof JsonNumber bound) {
      int c = number.compareTo(bound.bigDecimalValue());
      if (!(draft4 ? exclusiveOk.test(c) : inclusiveOk.test(c))) {
        found.add(at + ": " + number + " breaks " + inclusive + " " + bound);
      }
    }
    if (schema.get(exclusive) instanceof JsonNumber bound
        && !exclusiveOk.test(number.compareTo(bound.bigDecimalValue()))) {
      found.add(at + ": " + number + " breaks " + exclusive + " " + bound);
    }
  }

  private void bound(String at, String keyword, JsonObject schema, int actual, boolean lower) {
    if (schema.get(keyword) instanceof JsonNumber bound
        && (lower ? actual < bound.intValue() : actual > bound.intValue())) {
      found.add(at + ": " + actual + " breaks " + keyword + " " + bound);
    }
  }

  private static boolean typeMatches(JsonValue type, JsonValue value) {
    if (type instanceof JsonArray types) {
      return types.stream().anyMatch(each -> typeMatches(each, value));
    }
    String name = ((JsonString) type).getString();
    switch (value.getValueType()) {
      case OBJECT: return name.equals("object");
      case ARRAY: return name.equals("array");
      case STRING: return name.equals("string");
      case TRUE:
      case FALSE: return name.equals("boolean");
      case NULL: return name.equals("null");
      default:
        return name.equals("number") || name.equals("integer")
            && ((JsonNumber) value).bigDecimalValue().stripTrailingZeros().scale() <= 0;
    }
  }

  private static boolean same(JsonValue a, JsonValue b) {
    return canonical(a).equals(canonical(b));
  }

  private static String canonical(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue().stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
