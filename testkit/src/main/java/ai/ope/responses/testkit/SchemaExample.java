package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An example instance of a JSON Schema, for the built-in model's structured answers and tool
 * arguments: deterministic for a schema and hints, plausible where it can borrow from the
 * conversation ({@link ExampleHints}), and valid against the keywords listed here.
 *
 * <ul>
 *   <li>{@code $ref} into the same document and {@code allOf} are resolved and merged first
 *       ({@link SchemaResolver}); then {@code const}, then {@code anyOf}/{@code oneOf} (the first
 *       branch that can be generated, a {@code null}-only branch last), then {@code enum} (a value
 *       the conversation mentions, else the first non-null one), then {@code type}: a type list
 *       such as {@code ["string","null"]} gives the first non-null type that can be generated;
 *       without {@code type} the keywords present tell (properties → object, items → array...).
 *   <li>Objects get every property listed in {@code properties}, required or not (a fuller
 *       example is the more useful one, and strict schemas require them all anyway), then
 *       required names not listed, then filler properties up to {@code minProperties} unless
 *       {@code additionalProperties} is false; an object of only {@code additionalProperties}
 *       (a map) gets one {@code "example"} entry. {@code maxProperties} drops optional ones.
 *   <li>Arrays get one item (or one per {@code prefixItems}), at least {@code minItems}, at most
 *       {@code maxItems}; with {@code uniqueItems} each item is generated as a distinct variant.
 *   <li>Strings: {@link StringExample}; numbers and integers: {@link NumberExample}.
 *   <li>Recursion ({@code "$ref": "#"}) is cut by depth: past {@value #SOFT_DEPTH} levels only
 *       required properties and {@code minItems} items are generated and {@code null} branches
 *       come first; a schema that cannot end gives up at {@value #HARD_DEPTH} levels, and one
 *       that asks for more than {@value #MAX_VALUES} values (huge {@code minItems}) gets
 *       {@code {}}.
 * </ul>
 *
 * <p>Not honoured: {@code not}, {@code if}/{@code then}/{@code else}, {@code contains},
 * {@code patternProperties}, {@code propertyNames}, {@code dependentRequired}/{@code
 * dependentSchemas}, references to other documents or named anchors (read as "anything"), and
 * {@code oneOf}'s "only one": the first branch's value is not checked against the others.
 */
final class SchemaExample {

  static final int SOFT_DEPTH = 6;
  static final int HARD_DEPTH = 40;
  /** More values than this in one example is a schema asking for too much: it gets {@code {}}. */
  static final int MAX_VALUES = 20_000;
  private static final Set<String> OBJECT_KEYWORDS = Set.of("properties", "required",
      "additionalProperties", "minProperties", "maxProperties", "patternProperties");
  private static final Set<String> ARRAY_KEYWORDS = Set.of("items", "prefixItems", "minItems",
      "maxItems", "uniqueItems", "contains");
  private static final Set<String> STRING_KEYWORDS = Set.of("minLength", "maxLength",
      "pattern", "format");
  private static final Set<String> NUMBER_KEYWORDS = Set.of("minimum", "maximum",
      "exclusiveMinimum", "exclusiveMaximum", "multipleOf");

  /** The schema, or the branch being tried, admits no value this generator can make. */
  static final class Unsatisfiable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsatisfiable() {
      super("no value", null, false, false);
    }
  }

  private final SchemaResolver resolver;
  private final ExampleHints hints;
  private final ContainerExample containers;
  private int nameSlots;
  private int numberSlots;
  private int values;

  private SchemaExample(JsonObject root, ExampleHints hints) {
    this.resolver = new SchemaResolver(root);
    this.hints = hints;
    this.containers = new ContainerExample(this);
  }

  /**
   * An example instance of a schema; never throws. A schema nothing can meet gives {@code {}}.
   *
   * @param schema the schema (an object or a boolean), e.g. a function's {@code parameters}
   * @param hints what values may borrow from the conversation
   */
  static JsonValue of(JsonValue schema, ExampleHints hints) {
    JsonObject root = schema instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    try {
      return new SchemaExample(root, hints).value(schema, null, 0, 0);
    } catch (Unsatisfiable unsatisfiable) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  /** A value for a subschema: the entry point of every level. */
  JsonValue value(JsonValue raw, String name, int depth, int variant) {
    if (depth > HARD_DEPTH || ++values > MAX_VALUES) {
      throw new Unsatisfiable();
    }
    JsonObject schema = resolver.effective(raw);
    if (schema.containsKey("const")) {
      return schema.get("const");
    }
    JsonArray branches = SchemaKeywords.array(schema, "anyOf");
    String combinator = "anyOf";
    if (branches == null) {
      branches = SchemaKeywords.array(schema, "oneOf");
      combinator = "oneOf";
    }
    if (branches != null && !branches.isEmpty()) {
      return branch(schema, combinator, branches, name, depth, variant);
    }
    JsonArray values = SchemaKeywords.array(schema, "enum");
    if (values != null) {
      return enumValue(schema, values, variant);
    }
    Unsatisfiable failure = new Unsatisfiable();
    for (String type : preferredTypes(schema, depth)) {
      try {
        return typed(type, schema, name, depth, variant);
      } catch (Unsatisfiable unsatisfiable) {
        failure = unsatisfiable;
      }
    }
    throw failure;
  }

  private JsonValue branch(JsonObject schema, String combinator, JsonArray branches,
      String name, int depth, int variant) {
    JsonObject siblings = Json.PROVIDER.createObjectBuilder(schema).remove("anyOf")
        .remove("oneOf").build();
    List<JsonValue> ordered = new ArrayList<>();
    for (JsonValue option : branches) {
      boolean nullOnly = option instanceof JsonObject object
          && SchemaKeywords.types(object).equals(List.of("null"));
      // deep in a recursion, null ends it; elsewhere a value says more than null
      if (nullOnly == depth >= SOFT_DEPTH) {
        ordered.add(0, option);
      } else {
        ordered.add(option);
      }
    }
    Unsatisfiable failure = new Unsatisfiable();
    for (JsonValue option : ordered) {
      JsonValue combined = siblings.isEmpty() ? option : Json.PROVIDER.createObjectBuilder()
          .add("allOf", Json.PROVIDER.createArrayBuilder().add(siblings).add(option)).build();
      try {
        return value(combined, name, depth, variant);
      } catch (Unsatisfiable unsatisfiable) {
        failure = unsatisfiable;
      }
    }
    throw failure;
  }

  private JsonValue enumValue(JsonObject schema, JsonArray values, int variant) {
    List<String> types = SchemaKeywords.types(schema);
    List<JsonValue> allowed = new ArrayList<>();
    List<JsonValue> nulls = new ArrayList<>();
    for (JsonValue value : values) {
      if (types.isEmpty() || types.stream().anyMatch(type -> SchemaKeywords.is(value, type))) {
        (value.getValueType() == JsonValue.ValueType.NULL ? nulls : allowed).add(value);
      }
    }
    allowed.addAll(nulls);
    if (allowed.isEmpty()) {
      throw new Unsatisfiable();
    }
    if (variant == 0) {
      JsonArray choices = Json.PROVIDER.createArrayBuilder(allowed).build();
      return hints.mentioned(choices).orElse(allowed.get(0));
    }
    return allowed.get(variant % allowed.size());
  }

  private List<String> preferredTypes(JsonObject schema, int depth) {
    List<String> types = new ArrayList<>(SchemaKeywords.types(schema));
    if (types.isEmpty()) {
      types.add(inferredType(schema));
    }
    if (types.remove("null")) {
      types.add(depth >= SOFT_DEPTH ? 0 : types.size(), "null");
    }
    return types;
  }

  private static String inferredType(JsonObject schema) {
    if (schema.keySet().stream().anyMatch(OBJECT_KEYWORDS::contains)) {
      return "object";
    }
    if (schema.keySet().stream().anyMatch(ARRAY_KEYWORDS::contains)) {
      return "array";
    }
    if (schema.keySet().stream().noneMatch(STRING_KEYWORDS::contains)
        && schema.keySet().stream().anyMatch(NUMBER_KEYWORDS::contains)) {
      return "number";
    }
    return "string";
  }

  private JsonValue typed(String type, JsonObject schema, String name, int depth, int variant) {
    switch (type) {
      case "null":
        return JsonValue.NULL;
      case "boolean":
        return variant % 2 == 0 ? JsonValue.TRUE : JsonValue.FALSE;
      case "integer":
      case "number":
        return NumberExample.of(schema, type.equals("integer"), variant, hints.numbers(),
            numberSlots++);
      case "string":
        int slot = StringExample.nameLike(name) && variant == 0 ? nameSlots++ : nameSlots;
        return Json.PROVIDER.createValue(StringExample.of(schema, name, variant, hints, slot));
      case "object":
        return containers.object(schema, depth, variant);
      case "array":
        return containers.array(schema, name, depth);
      default:
        throw new Unsatisfiable();
    }
  }
}
