package ai.ope.responses.testkit;

import ai.ope.responses.testkit.SchemaShape.ObjectShape;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the compiler needs to know about object schemas beyond one keyword at a time. */
final class SchemaObjects {

  /** Deeper than any chain of references to an enum in the spec. */
  private static final int MAX_REFERENCES = 16;

  private SchemaObjects() {}

  /**
   * The parts of an {@code allOf} as one object: the members of all, in order, and the required
   * members of all (the create request is three such parts).
   */
  static ObjectShape merge(List<ObjectShape> parts) {
    Map<String, SchemaAlternatives> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    Map<String, List<String>> closedEnums = new LinkedHashMap<>();
    SchemaAlternatives additional = null;
    SchemaAlternatives propertyNames = null;
    boolean open = false;
    int maxProperties = -1;
    List<String> typeValues = List.of();
    for (ObjectShape part : parts) {
      properties.putAll(part.properties());
      required.addAll(part.required());
      closedEnums.putAll(part.closedEnums());
      additional = additional == null ? part.additional() : additional;
      propertyNames = propertyNames == null ? part.propertyNames() : propertyNames;
      open |= part.open();
      if (part.maxProperties() >= 0) {
        maxProperties = maxProperties < 0 ? part.maxProperties()
            : Math.min(maxProperties, part.maxProperties());
      }
      typeValues = typeValues.isEmpty() ? part.typeValues() : typeValues;
    }
    return new ObjectShape(properties, new ArrayList<>(required), additional, open,
        maxProperties, propertyNames, typeValues, required.contains("type"), closedEnums);
  }

  /**
   * The values a schema allows when they are a closed set of strings (an {@code enum}, a
   * {@code const}, a union of those, possibly nullable); null when any other string or value is
   * allowed.
   */
  static List<String> closedStrings(JsonObject schemas, JsonValue schema) {
    return closedStrings(schemas, schema, 0);
  }

  private static List<String> closedStrings(JsonObject schemas, JsonValue schema, int refs) {
    if (!(schema instanceof JsonObject s) || refs > MAX_REFERENCES) {
      return null;
    }
    if (s.containsKey("$ref")) {
      return closedStrings(schemas, schemas.get(SchemaCompiler.referenced(s)), refs + 1);
    }
    if (s.containsKey("anyOf") || s.containsKey("oneOf")) {
      List<String> values = new ArrayList<>();
      List<JsonValue> branches = new ArrayList<>();
      branches.addAll(s.containsKey("anyOf") ? s.getJsonArray("anyOf") : List.of());
      branches.addAll(s.containsKey("oneOf") ? s.getJsonArray("oneOf") : List.of());
      for (JsonValue branch : branches) {
        if (isNull(branch)) {
          continue;
        }
        List<String> some = closedStrings(schemas, branch, refs + 1);
        if (some == null) {
          return null;
        }
        values.addAll(some);
      }
      return values.isEmpty() ? null : values;
    }
    JsonValue values = s.containsKey("const") ? Json.PROVIDER.createArrayBuilder()
        .add(s.get("const")).build() : s.get("enum");
    if (values == null || !values.asJsonArray().stream().allMatch(JsonString.class::isInstance)) {
      return null;
    }
    return values.asJsonArray().getValuesAs(JsonString::getString);
  }

  private static boolean isNull(JsonValue branch) {
    return branch instanceof JsonObject b && b.size() == 1
        && b.get("type") instanceof JsonString type && type.getString().equals("null");
  }
}
