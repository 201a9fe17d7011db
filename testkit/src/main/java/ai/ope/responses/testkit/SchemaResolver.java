package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a subschema into the one the example generator works from: a {@code $ref} followed
 * (to {@code #}, {@code #/$defs/…}, {@code #/definitions/…} or any other pointer into the same
 * document; its sibling keywords merged in) and an {@code allOf} merged into a single schema.
 *
 * <p>The merge is the usual intersection for what generation needs: properties united (a
 * property in both becomes the {@code allOf} of the two), {@code required} united, types
 * intersected, the tighter of each bound, enums intersected, {@code additionalProperties: false}
 * winning. Other keywords keep the first value seen: two {@code anyOf} lists are not combined.
 */
final class SchemaResolver {

  /** More nested references than this is a loop of references ({@code A → B → A}). */
  private static final int MAX_REFERENCES = 32;
  private static final Set<String> LOWER_BOUNDS = Set.of("minimum", "exclusiveMinimum",
      "minLength", "minItems", "minProperties");
  private static final Set<String> UPPER_BOUNDS = Set.of("maximum", "exclusiveMaximum",
      "maxLength", "maxItems", "maxProperties");

  private final JsonObject root;

  SchemaResolver(JsonObject root) {
    this.root = root;
  }

  /**
   * The schema with its references followed and {@code allOf} merged; {@code true} for a schema
   * that is {@code true} or points nowhere this document holds.
   *
   * @throws SchemaExample.Unsatisfiable for {@code false}, or a loop of references
   */
  JsonObject effective(JsonValue schema) {
    return effective(schema, 0);
  }

  private JsonObject effective(JsonValue schema, int references) {
    if (references > MAX_REFERENCES || JsonValue.FALSE.equals(schema)) {
      throw new SchemaExample.Unsatisfiable();
    }
    if (!(schema instanceof JsonObject object)) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonObject result = object;
    String ref = SchemaKeywords.string(object, "$ref");
    if (ref != null) {
      JsonValue target = resolve(ref);
      JsonObjectBuilder siblings = Json.PROVIDER.createObjectBuilder(object).remove("$ref");
      result = merge(effective(target, references + 1), siblings.build());
    }
    JsonArray allOf = SchemaKeywords.array(result, "allOf");
    if (allOf != null) {
      JsonObject merged = Json.PROVIDER.createObjectBuilder(result).remove("allOf").build();
      for (JsonValue part : allOf) {
        merged = merge(merged, effective(part, references + 1));
      }
      result = merged;
    }
    return result;
  }

  /** The value a same-document reference points to, or {@code true} when it points nowhere. */
  JsonValue resolve(String ref) {
    if (!ref.startsWith("#")) {
      return JsonValue.TRUE; // another document: not fetched
    }
    String pointer = URLDecoder.decode(ref.substring(1).replace("+", "%2B"),
        StandardCharsets.UTF_8);
    if (pointer.isEmpty()) {
      return root;
    }
    if (!pointer.startsWith("/")) {
      return JsonValue.TRUE; // a named anchor: not supported
    }
    JsonValue at = root;
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (at instanceof JsonObject object && object.containsKey(name)) {
        at = object.get(name);
      } else if (at instanceof JsonArray array && name.matches("\\d{1,9}")
          && Integer.parseInt(name) < array.size()) {
        at = array.get(Integer.parseInt(name));
      } else {
        return JsonValue.TRUE;
      }
    }
    return at;
  }

  private static JsonObject merge(JsonObject first, JsonObject second) {
    JsonObjectBuilder merged = Json.PROVIDER.createObjectBuilder(first);
    for (String keyword : second.keySet()) {
      JsonValue value = second.get(keyword);
      JsonValue existing = first.get(keyword);
      if (existing == null) {
        merged.add(keyword, value);
      } else {
        merged.add(keyword, combined(keyword, existing, value));
      }
    }
    return merged.build();
  }

  private static JsonValue combined(String keyword, JsonValue first, JsonValue second) {
    if (LOWER_BOUNDS.contains(keyword) || UPPER_BOUNDS.contains(keyword)) {
      if (first instanceof JsonNumber a && second instanceof JsonNumber b) {
        int order = a.bigDecimalValue().compareTo(b.bigDecimalValue());
        return LOWER_BOUNDS.contains(keyword) == order >= 0 ? first : second;
      }
      return first;
    }
    switch (keyword) {
      case "properties":
        return first instanceof JsonObject a && second instanceof JsonObject b
            ? properties(a, b) : first;
      case "required":
        return union(first, second);
      case "type":
        return types(first, second);
      case "enum":
        return enums(first, second);
      case "additionalProperties":
      case "items":
        if (JsonValue.FALSE.equals(first) || JsonValue.FALSE.equals(second)) {
          return JsonValue.FALSE;
        }
        return both(first, second);
      default:
        return first;
    }
  }

  private static JsonObject properties(JsonObject first, JsonObject second) {
    JsonObjectBuilder merged = Json.PROVIDER.createObjectBuilder(first);
    second.forEach((name, schema) -> merged.add(name,
        first.containsKey(name) ? both(first.get(name), schema) : schema));
    return merged.build();
  }

  private static JsonValue both(JsonValue first, JsonValue second) {
    return Json.PROVIDER.createObjectBuilder()
        .add("allOf", Json.PROVIDER.createArrayBuilder().add(first).add(second)).build();
  }

  private static JsonValue union(JsonValue first, JsonValue second) {
    Set<JsonValue> names = new LinkedHashSet<>();
    if (first instanceof JsonArray a) {
      names.addAll(a);
    }
    if (second instanceof JsonArray b) {
      names.addAll(b);
    }
    JsonArrayBuilder union = Json.PROVIDER.createArrayBuilder();
    names.forEach(union::add);
    return union.build();
  }

  private static JsonValue types(JsonValue first, JsonValue second) {
    List<String> a = SchemaKeywords.types(Json.PROVIDER.createObjectBuilder()
        .add("type", first).build());
    List<String> b = SchemaKeywords.types(Json.PROVIDER.createObjectBuilder()
        .add("type", second).build());
    List<String> common = new ArrayList<>();
    for (String type : a) {
      if (b.contains(type)) {
        common.add(type);
      } else if (type.equals("number") && b.contains("integer")
          || type.equals("integer") && b.contains("number")) {
        common.add("integer");
      }
    }
    // no common type: the schema cannot be met; keep the first so something comes out
    return common.isEmpty() ? first : Json.PROVIDER.createArrayBuilder(common).build();
  }

  private static JsonValue enums(JsonValue first, JsonValue second) {
    if (!(first instanceof JsonArray a) || !(second instanceof JsonArray b)) {
      return first;
    }
    JsonArrayBuilder common = Json.PROVIDER.createArrayBuilder();
    a.stream().filter(b::contains).forEach(common::add);
    JsonArray result = common.build();
    return result.isEmpty() ? first : result;
  }
}
