package ai.ope.responses.testkit;

import ai.ope.responses.testkit.SchemaShape.AnyShape;
import ai.ope.responses.testkit.SchemaShape.ArrayShape;
import ai.ope.responses.testkit.SchemaShape.BooleanShape;
import ai.ope.responses.testkit.SchemaShape.NullShape;
import ai.ope.responses.testkit.SchemaShape.NumberShape;
import ai.ope.responses.testkit.SchemaShape.ObjectShape;
import ai.ope.responses.testkit.SchemaShape.StringShape;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Builds the shape of one JSON type from a schema's keywords, for {@link SchemaCompiler}; the
 * schemas of members and items come from the compiler, which compiles them later.
 */
final class SchemaShapes {

  private final JsonObject schemas;
  private final Function<JsonValue, SchemaAlternatives> children;

  SchemaShapes(JsonObject schemas, Function<JsonValue, SchemaAlternatives> children) {
    this.schemas = schemas;
    this.children = children;
  }

  /** The JSON types a schema without a union or a reference allows: {@code any} for none. */
  static List<String> types(JsonObject s) {
    JsonValue type = s.get("type");
    if (type instanceof JsonString single) {
      return List.of(single.getString());
    }
    if (type instanceof JsonArray several) {
      return several.getValuesAs(JsonString::getString);
    }
    if (s.containsKey("properties") || s.containsKey("additionalProperties")
        || s.containsKey("required")) {
      return List.of("object");
    }
    if (s.containsKey("enum") || s.containsKey("const")) {
      return List.of("string");
    }
    return s.containsKey("items") ? List.of("array") : List.of("any");
  }

  SchemaShape shape(String type, JsonObject s) {
    switch (type) {
      case "object":
        return object(s);
      case "array":
        return new ArrayShape(s.containsKey("items") ? children.apply(s.get("items")) : null,
            intOf(s, "minItems", 0), intOf(s, "maxItems", -1));
      case "string":
        return new StringShape(closedValues(s), intOf(s, "minLength", 0),
            intOf(s, "maxLength", -1),
            s.containsKey("pattern") ? Pattern.compile(s.getString("pattern")) : null);
      case "integer":
      case "number":
        return new NumberShape(type.equals("integer"),
            s.containsKey("minimum") ? s.getJsonNumber("minimum").bigDecimalValue() : null,
            s.containsKey("maximum") ? s.getJsonNumber("maximum").bigDecimalValue() : null);
      case "boolean":
        return new BooleanShape();
      case "null":
        return new NullShape();
      case "any":
        return new AnyShape();
      default:
        throw new IllegalStateException("unsupported type " + type);
    }
  }

  private ObjectShape object(JsonObject s) {
    Map<String, SchemaAlternatives> properties = new LinkedHashMap<>();
    Map<String, List<String>> closedEnums = new LinkedHashMap<>();
    JsonObject declared = s.containsKey("properties") ? s.getJsonObject("properties") : null;
    if (declared != null) {
      declared.forEach((name, child) -> {
        properties.put(name, children.apply(child));
        List<String> values = SchemaObjects.closedStrings(schemas, child);
        if (values != null && !name.equals("type")) {
          closedEnums.put(name, values);
        }
      });
    }
    JsonValue additional = s.get("additionalProperties");
    boolean emptySchema = additional instanceof JsonObject schema && schema.isEmpty();
    // An object that names no members is free-form: the document writes any JSON object
    // (function parameters, tool search arguments) as EmptyModelParam, {"properties":{}}.
    boolean free = additional == null ? declared == null || declared.isEmpty()
        : additional == JsonValue.TRUE || emptySchema;
    SchemaAlternatives others = additional instanceof JsonObject && !emptySchema
        ? children.apply(additional) : null;
    List<String> required = s.containsKey("required")
        ? s.getJsonArray("required").getValuesAs(JsonString::getString) : List.of();
    List<String> typeValues = declared == null || !declared.containsKey("type") ? null
        : SchemaObjects.closedStrings(schemas, declared.get("type"));
    return new ObjectShape(properties, required, others, free, intOf(s, "maxProperties", -1),
        s.containsKey("propertyNames") ? children.apply(s.get("propertyNames")) : null,
        typeValues == null ? List.of() : typeValues, required.contains("type"), closedEnums);
  }

  private static List<String> closedValues(JsonObject s) {
    if (s.containsKey("const")) {
      return List.of(((JsonString) s.get("const")).getString());
    }
    return s.containsKey("enum")
        ? s.getJsonArray("enum").getValuesAs(JsonString::getString) : List.of();
  }

  private static int intOf(JsonObject s, String keyword, int absent) {
    JsonValue value = s.get(keyword);
    return value instanceof JsonNumber number ? number.intValueExact() : absent;
  }
}
