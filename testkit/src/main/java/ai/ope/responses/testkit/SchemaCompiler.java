package ai.ope.responses.testkit;

import ai.ope.responses.testkit.SchemaShape.AnyShape;
import ai.ope.responses.testkit.SchemaShape.ObjectShape;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the JSON-Schema subset of the request schemas into {@link SchemaAlternatives}:
 * {@code type} (also a list), {@code $ref}, {@code $recursiveRef}, {@code allOf} (of objects),
 * {@code anyOf}/{@code oneOf} (flattened), {@code enum}, {@code const}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, the length, size and range
 * bounds, {@code maxProperties}, {@code propertyNames} and {@code pattern}. A keyword outside
 * that subset fails the compilation, so that a spec update using one is noticed. One keyword of
 * our own, {@code x-unknown-type-at-value}, on a component that is a union of objects, reports an
 * unknown {@code type} at the value instead of at its {@code type} member (an override says
 * where the API does so).
 *
 * <p>Members and items compile after their parent, from a queue: a recursive schema (a compound
 * filter of filters) becomes a cycle in the graph instead of an endless recursion.
 */
final class SchemaCompiler {

  static final String UNKNOWN_TYPE_AT_VALUE = "x-unknown-type-at-value";
  private static final String REF_PREFIX = "#/components/schemas/";
  private static final Set<String> KEYWORDS = Set.of("type", "properties", "required",
      "additionalProperties", "items", "enum", "const", "anyOf", "oneOf", "allOf", "$ref",
      "$recursiveRef", "$recursiveAnchor", "minItems", "maxItems", "minLength", "maxLength",
      "minimum", "maximum", "maxProperties", "propertyNames", "pattern", "format", "default",
      "discriminator", UNKNOWN_TYPE_AT_VALUE);
  private static final SchemaShape ANY = new AnyShape();

  private final JsonObject schemas;
  private final Map<String, SchemaAlternatives> compiled = new HashMap<>();
  private final Set<String> defining = new HashSet<>();
  private final Deque<Runnable> pending = new ArrayDeque<>();

  /** A compiler of these components (name to schema). */
  SchemaCompiler(JsonObject schemas) {
    this.schemas = schemas;
  }

  /** The named component compiled, with everything it reaches. */
  SchemaAlternatives compile(String name) {
    SchemaAlternatives root = component(name);
    while (!pending.isEmpty()) {
      pending.pop().run();
    }
    return root;
  }

  private SchemaAlternatives component(String name) {
    SchemaAlternatives known = compiled.get(name);
    if (known == null) {
      if (!schemas.containsKey(name)) {
        throw new IllegalStateException("no schema named " + name);
      }
      SchemaAlternatives created = new SchemaAlternatives();
      compiled.put(name, created);
      pending.add(() -> define(name, created));
      known = created;
    }
    return known;
  }

  private void define(String name, SchemaAlternatives target) {
    if (target.isDefined()) {
      return;
    }
    if (!defining.add(name)) {
      throw new IllegalStateException("the union " + name + " contains itself");
    }
    JsonValue schema = schemas.get(name);
    if (schema instanceof JsonObject object
        && JsonValue.TRUE.equals(object.get(UNKNOWN_TYPE_AT_VALUE))) {
      target.reportUnknownTypeAtValue();
    }
    target.define(shapes(schema, name));
    defining.remove(name);
  }

  /** A component's shapes now: a union needs those of its branches. */
  private List<SchemaShape> componentShapes(String name) {
    SchemaAlternatives target = component(name);
    define(name, target);
    return target.shapes();
  }

  /** A member's or item's schema, compiled once the current one is done. */
  private SchemaAlternatives deferred(JsonValue schema, String component) {
    if (schema instanceof JsonObject object && object.size() == 1 && object.containsKey("$ref")) {
      return component(referenced(object));
    }
    SchemaAlternatives child = new SchemaAlternatives();
    pending.add(() -> child.define(shapes(schema, component)));
    return child;
  }

  /** What a schema allows, its unions flattened; component names recursive references. */
  private List<SchemaShape> shapes(JsonValue schema, String component) {
    if (schema.getValueType() != JsonValue.ValueType.OBJECT) {
      return schema == JsonValue.FALSE ? List.of() : List.of(ANY);
    }
    JsonObject s = schema.asJsonObject();
    for (String keyword : s.keySet()) {
      if (!KEYWORDS.contains(keyword)) {
        throw new IllegalStateException("unsupported keyword " + keyword + " in " + component);
      }
    }
    if (s.containsKey("$ref")) {
      return componentShapes(referenced(s));
    }
    if (s.containsKey("$recursiveRef")) {
      return componentShapes(component);
    }
    if (s.containsKey("anyOf") || s.containsKey("oneOf")) {
      List<SchemaShape> branches = new ArrayList<>();
      for (String union : List.of("anyOf", "oneOf")) {
        if (s.containsKey(union)) {
          s.getJsonArray(union).forEach(branch -> branches.addAll(shapes(branch, component)));
        }
      }
      return branches;
    }
    if (s.containsKey("allOf")) {
      List<ObjectShape> parts = new ArrayList<>();
      for (JsonValue part : s.getJsonArray("allOf")) {
        shapes(part, component).forEach(shape -> parts.add((ObjectShape) shape));
      }
      return List.of(SchemaObjects.merge(parts));
    }
    SchemaShapes typed = new SchemaShapes(schemas, child -> deferred(child, component));
    List<SchemaShape> shapes = new ArrayList<>();
    for (String type : SchemaShapes.types(s)) {
      shapes.add(typed.shape(type, s));
    }
    return shapes;
  }

  static String referenced(JsonObject s) {
    String ref = s.getString("$ref");
    if (!ref.startsWith(REF_PREFIX)) {
      throw new IllegalStateException("unsupported $ref " + ref);
    }
    return ref.substring(REF_PREFIX.length());
  }
}
