package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/**
 * One strict JSON schema against the subset Structured Outputs supports (OpenAI's Structured
 * Outputs guide): the root an object, every object with {@code properties},
 * {@code additionalProperties: false} and all its properties {@code required}, every array with
 * {@code items}, the supported types and string formats only, no composition keyword the guide
 * names unsupported, references that resolve inside the schema, and {@link StrictSchemaLimits}.
 *
 * <p>Walked in the order of the schema's members; the first problem wins. Definitions are
 * checked where they are defined and references are not followed, so recursion ({@code #},
 * {@code #/$defs/Node}) ends. A type list ({@code ["string", "null"]}) is checked type by type,
 * each at {@code ('type', '0')}…, as the API reports it. Keywords that constrain nothing or
 * that the guide does not name either way ({@code default}, {@code $schema}, {@code oneOf},
 * {@code minLength}…) are let through: refusing what the API accepts is worse than missing
 * what it refuses.
 */
final class StrictSchema {

  static final Set<String> NOT_PERMITTED = Set.of("allOf", "not", "if", "then", "else",
      "dependentRequired", "dependentSchemas", "patternProperties");
  static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "object",
      "array", "null");
  static final Set<String> FORMATS = Set.of("date-time", "time", "date", "duration", "email",
      "hostname", "ipv4", "ipv6", "uuid");

  private final JsonObject root;
  private final SchemaResolver references;
  private final StrictSchemaLimits limits = new StrictSchemaLimits();

  private StrictSchema(JsonObject root) {
    this.root = root;
    this.references = new SchemaResolver(root);
  }

  /**
   * The first reason the API refuses this schema in strict mode, worded as it words it after
   * {@code Invalid schema for …: }; null when it is supported.
   */
  static String problem(JsonObject schema) {
    StrictSchema check = new StrictSchema(schema);
    String problem = check.rootType();
    if (problem == null) {
      problem = check.node(schema, SchemaContext.ROOT, 0);
    }
    return problem != null ? problem : check.limits.exceeded();
  }

  /** The root is an object schema (a {@code $ref} to one will do), not a union. */
  private String rootType() {
    JsonObject top = root;
    String ref = SchemaKeywords.string(root, "$ref");
    if (ref != null && !root.containsKey("type")
        && target(ref) instanceof JsonObject referenced) {
      top = referenced;
    }
    JsonValue type = top.get("type");
    if (type instanceof JsonString name && name.getString().equals("object")) {
      return null;
    }
    String got = type == null ? "None"
        : type instanceof JsonString text ? text.getString() : type.toString();
    return "schema must be a JSON Schema of 'type: \"object\"', got 'type: \"" + got + "\"'.";
  }

  /** What a reference points to; {@code true} when it points nowhere in this schema. */
  private JsonValue target(String ref) {
    try {
      return references.resolve(ref);
    } catch (IllegalArgumentException badEscape) {
      return JsonValue.TRUE; // "#/%zz": a pointer no definition has
    }
  }

  private String node(JsonValue value, SchemaContext at, int level) {
    if (!(value instanceof JsonObject schema)) {
      return null; // a boolean schema: not known to be refused
    }
    for (String keyword : schema.keySet()) {
      if (NOT_PERMITTED.contains(keyword)) {
        return at.says(SchemaContext.python(keyword) + " is not permitted.");
      }
    }
    String problem = definitions(schema, at);
    String ref = SchemaKeywords.string(schema, "$ref");
    if (problem == null && ref != null && target(ref) == JsonValue.TRUE) {
      problem = at.says("reference " + SchemaContext.python(ref)
          + " does not point to a definition in the schema.");
    }
    JsonArray anyOf = SchemaKeywords.array(schema, "anyOf");
    for (int i = 0; problem == null && anyOf != null && i < anyOf.size(); i++) {
      problem = node(anyOf.get(i), at.then("anyOf", String.valueOf(i)), level);
    }
    JsonArray values = SchemaKeywords.array(schema, "enum");
    if (values != null) {
      limits.enumeration(values, at);
    }
    if (schema.containsKey("const")) {
      limits.constant(schema.get("const"));
    }
    return problem != null ? problem : typed(schema, at, level);
  }

  private String definitions(JsonObject schema, SchemaContext at) {
    for (String keyword : List.of("$defs", "definitions")) {
      JsonObject definitions = SchemaKeywords.object(schema, keyword);
      if (definitions != null) {
        for (String name : definitions.keySet()) {
          limits.definition(name);
          String problem = node(definitions.get(name), at.then(keyword, name), 0);
          if (problem != null) {
            return problem;
          }
        }
      }
    }
    return null;
  }

  private String typed(JsonObject schema, SchemaContext at, int level) {
    JsonValue type = schema.get("type");
    if (type instanceof JsonArray several) {
      for (int i = 0; i < several.size(); i++) {
        String problem = variant(schema, several.get(i), at.then("type", String.valueOf(i)),
            level);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    return type == null ? null : variant(schema, type, at, level);
  }

  private String variant(JsonObject schema, JsonValue type, SchemaContext at, int level) {
    if (!(type instanceof JsonString name) || !TYPES.contains(name.getString())) {
      String shown = type instanceof JsonString text ? SchemaContext.python(text.getString())
          : type.toString();
      return at.says(shown + " is not a valid type.");
    }
    switch (name.getString()) {
      case "object":
        return object(schema, at, level + 1);
      case "array":
        return schema.containsKey("items") ? node(schema.get("items"), at.then("items"), level)
            : at.says("array schema missing items.");
      case "string":
        String format = SchemaKeywords.string(schema, "format");
        return format == null || FORMATS.contains(format) ? null
            : at.says(SchemaContext.python(format) + " is not a valid format.");
      default:
        return null;
    }
  }

  private String object(JsonObject schema, SchemaContext at, int level) {
    limits.object(level);
    JsonObject properties = SchemaKeywords.object(schema, "properties");
    if (properties == null) {
      return at.says("object schema missing properties.");
    }
    if (!JsonValue.FALSE.equals(schema.get("additionalProperties"))) {
      return at.says("'additionalProperties' is required to be supplied and to be false.");
    }
    List<String> required = SchemaKeywords.required(schema);
    for (String name : properties.keySet()) {
      if (!required.contains(name)) {
        return at.says("'required' is required to be supplied and to be an array including"
            + " every key in properties. Missing " + SchemaContext.python(name) + ".");
      }
    }
    for (String name : required) {
      if (!properties.containsKey(name)) {
        return at.says("'required' must be an array that includes every key in `properties`."
            + " Extra required key " + SchemaContext.python(name) + " supplied.");
      }
    }
    for (String name : properties.keySet()) {
      limits.property(name);
      String problem = node(properties.get(name), at.then("properties", name), level);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }
}
