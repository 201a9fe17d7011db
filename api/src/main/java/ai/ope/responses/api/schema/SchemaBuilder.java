package ai.ope.responses.api.schema;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** Builds one schema: walks the record's components, inlining records, with $defs for cycles. */
final class SchemaBuilder {

  private static final Map<Class<?>, String> FORMATS = Map.of(LocalDate.class, "date",
      OffsetDateTime.class, "date-time", ZonedDateTime.class, "date-time",
      Instant.class, "date-time", OffsetTime.class, "time", Duration.class, "duration",
      UUID.class, "uuid");

  /**
   * Types whose text no supported format describes. {@code date-time} and {@code time} demand an
   * offset, which a local date-time or time cannot hold (a model following the format writes one,
   * and the value then does not bind): a pattern says it instead. Strict mode knows no
   * {@code uri} format and refuses the schema ("'uri' is not a valid format."), so a URI is a
   * plain string there.
   */
  private static final Map<Class<?>, String> PATTERNS = Map.of(
      LocalDateTime.class, "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$",
      LocalTime.class, "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$");

  private static final Set<String> SCALARS = Set.of("string", "integer", "number", "boolean");

  private final boolean strict;
  private final Deque<Class<?>> path = new ArrayDeque<>();
  private final Set<Class<?>> recursive = new LinkedHashSet<>();
  private final Map<Class<?>, JsonObject> definitions = new LinkedHashMap<>();
  private Class<?> root;

  SchemaBuilder(boolean strict) {
    this.strict = strict;
  }

  JsonObject root(Class<?> type) {
    root = type;
    JsonObject schema = record(type, type.getSimpleName());
    // a record referenced from inside itself is defined once, under $defs
    while (!definitions.keySet().containsAll(withoutRoot(recursive))) {
      for (Class<?> definition : withoutRoot(recursive)) {
        if (!definitions.containsKey(definition)) {
          definitions.put(definition, record(definition, definition.getSimpleName()));
        }
      }
    }
    if (definitions.isEmpty()) {
      return schema;
    }
    JsonObjectBuilder defs = Json.createObjectBuilder();
    definitions.forEach((definition, body) -> defs.add(definition.getSimpleName(), body));
    return Json.createObjectBuilder(schema).add("$defs", defs).build();
  }

  private Set<Class<?>> withoutRoot(Set<Class<?>> types) {
    Set<Class<?>> others = new LinkedHashSet<>(types);
    others.remove(root);
    return others;
  }

  private JsonObject record(Class<?> type, String where) {
    path.push(type);
    try {
      JsonObjectBuilder properties = Json.createObjectBuilder();
      JsonArrayBuilder required = Json.createArrayBuilder();
      for (RecordComponent component : type.getRecordComponents()) {
        if (component.isAnnotationPresent(JsonbTransient.class)) {
          continue;
        }
        String name = propertyName(component);
        String here = where + "." + component.getName();
        JsonObject schema = component(component, here);
        properties.add(name, schema);
        required.add(name);
      }
      JsonObjectBuilder object = Json.createObjectBuilder().add("type", "object");
      description(type.getAnnotation(Description.class), object);
      return object.add("properties", properties).add("required", required)
          .add("additionalProperties", false).build();
    } finally {
      path.pop();
    }
  }

  private JsonObject component(RecordComponent component, String where) {
    Type type = component.getGenericType();
    Annotation[] annotations = annotations(component);
    boolean nullable = hasNullable(annotations);
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == Optional.class) {
      type = parameterized.getActualTypeArguments()[0];
      nullable = true;
    }
    JsonObject schema = schema(type, where);
    JsonObjectBuilder annotated = Json.createObjectBuilder(schema);
    Constraints.apply(annotations, schema, annotated, where);
    description(component.getAnnotation(Description.class), annotated);
    return nullable ? nullable(annotated.build()) : annotated.build();
  }

  private JsonObject schema(Type type, String where) {
    if (type instanceof Class<?> raw) {
      return schema(raw, where);
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return array(schema(arguments[0], where + "[]"));
      }
      if (raw == Optional.class) {
        return nullable(schema(arguments[0], where));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return map(arguments, where);
      }
    }
    if (type instanceof GenericArrayType array) {
      return array(schema(array.getGenericComponentType(), where + "[]"));
    }
    if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
      return schema(wildcard.getUpperBounds()[0], where);
    }
    throw unsupported(type.getTypeName(), where);
  }

  private JsonObject schema(Class<?> type, String where) {
    if (type == String.class || type == char.class || type == Character.class) {
      return simple("string");
    }
    if (type == boolean.class || type == Boolean.class) {
      return simple("boolean");
    }
    if (type == int.class || type == long.class || type == short.class || type == byte.class
        || type == Integer.class || type == Long.class || type == Short.class
        || type == Byte.class || type == BigInteger.class) {
      return simple("integer");
    }
    if (type == double.class || type == float.class || type == Double.class
        || type == Float.class || type == BigDecimal.class) {
      return simple("number");
    }
    if (type == OptionalInt.class || type == OptionalLong.class) {
      return nullable(simple("integer"));
    }
    if (type == OptionalDouble.class) {
      return nullable(simple("number"));
    }
    if (FORMATS.containsKey(type)) {
      return Json.createObjectBuilder().add("type", "string").add("format", FORMATS.get(type))
          .build();
    }
    if (PATTERNS.containsKey(type)) {
      return Json.createObjectBuilder().add("type", "string").add("pattern", PATTERNS.get(type))
          .build();
    }
    if (type == URI.class || type == URL.class) {
      return strict ? simple("string")
          : Json.createObjectBuilder().add("type", "string").add("format", "uri").build();
    }
    if (type.isEnum()) {
      JsonArrayBuilder constants = Json.createArrayBuilder();
      for (Object constant : type.getEnumConstants()) {
        constants.add(((Enum<?>) constant).name());
      }
      return Json.createObjectBuilder().add("type", "string").add("enum", constants).build();
    }
    if (type.isArray()) {
      return array(schema(type.getComponentType(), where + "[]"));
    }
    if (type.isRecord()) {
      if (path.contains(type)) {
        recursive.add(type);
        return Json.createObjectBuilder().add("$ref", type == root ? "#"
            : "#/$defs/" + type.getSimpleName()).build();
      }
      return record(type, where);
    }
    if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(where + ": a raw " + type.getSimpleName()
          + " says nothing of its elements; give its type arguments");
    }
    throw unsupported(type.getName(), where);
  }

  private JsonObject map(Type[] arguments, String where) {
    if (arguments[0] != String.class) {
      throw new IllegalArgumentException(where + ": JSON object keys are strings; a Map keyed by "
          + arguments[0].getTypeName() + " has no schema");
    }
    if (strict) {
      throw new IllegalArgumentException(where + ": a Map cannot be expressed in strict mode"
          + " (every object must list its properties); use a List of records with key and"
          + " value components, or a non-strict schema");
    }
    return Json.createObjectBuilder().add("type", "object")
        .add("additionalProperties", schema(arguments[1], where + "{}")).build();
  }

  private static JsonObject simple(String type) {
    return Json.createObjectBuilder().add("type", type).build();
  }

  private static JsonObject array(JsonObject items) {
    return Json.createObjectBuilder().add("type", "array").add("items", items).build();
  }

  /** The schema or null: a type union for a scalar, else anyOf (objects, arrays, enums). */
  private static JsonObject nullable(JsonObject schema) {
    JsonValue type = schema.get("type");
    if (type instanceof JsonString name && SCALARS.contains(name.getString())
        && !schema.containsKey("enum")) {
      return Json.createObjectBuilder(schema).add("type",
          Json.createArrayBuilder().add(type).add("null")).build();
    }
    if (type != null && type.getValueType() == JsonValue.ValueType.ARRAY) {
      return schema; // already a union
    }
    return Json.createObjectBuilder().add("anyOf", Json.createArrayBuilder().add(schema)
        .add(Json.createObjectBuilder().add("type", "null"))).build();
  }

  /**
   * A component's annotations wherever Java put them: an annotation without the
   * RECORD_COMPONENT target (Bean Validation's, JSON-B's) lands on the field, the accessor or
   * the type use instead.
   */
  private static Annotation[] annotations(RecordComponent component) {
    Map<Class<?>, Annotation> found = new LinkedHashMap<>();
    for (Annotation annotation : component.getAnnotations()) {
      found.putIfAbsent(annotation.annotationType(), annotation);
    }
    for (Annotation annotation : component.getAccessor().getAnnotations()) {
      found.putIfAbsent(annotation.annotationType(), annotation);
    }
    try {
      for (Annotation annotation : component.getDeclaringRecord()
          .getDeclaredField(component.getName()).getAnnotations()) {
        found.putIfAbsent(annotation.annotationType(), annotation);
      }
    } catch (NoSuchFieldException impossible) {
      // every record component has its field
    }
    for (Annotation annotation : component.getAnnotatedType().getAnnotations()) {
      found.putIfAbsent(annotation.annotationType(), annotation);
    }
    return found.values().toArray(Annotation[]::new);
  }

  private static String propertyName(RecordComponent component) {
    JsonbProperty property = component.getAnnotation(JsonbProperty.class);
    if (property == null) {
      property = accessorAnnotation(component);
    }
    return property != null && !property.value().isEmpty() ? property.value()
        : JsonSchemas.snakeCase(component.getName());
  }

  private static JsonbProperty accessorAnnotation(RecordComponent component) {
    return component.getAccessor().getAnnotation(JsonbProperty.class);
  }

  private static boolean hasNullable(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static void description(Description description, JsonObjectBuilder schema) {
    if (description != null && !description.value().isBlank()) {
      schema.add("description", description.value());
    }
  }

  private static IllegalArgumentException unsupported(String type, String where) {
    return new IllegalArgumentException(where + ": " + type + " has no JSON Schema here; use"
        + " strings, numbers, booleans, enums, java.time types, records, collections or"
        + " Optional");
  }
}
