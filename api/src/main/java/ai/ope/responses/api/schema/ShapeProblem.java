package ai.ope.responses.api.schema;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the first place where JSON does not fit a record, and says it in plain words ("/temperature
 * should be a number, not the string \"warm\""): JSON-B's own messages name its internals
 * ("Unable to deserialize property ... because of: Error deserialize JSON value into type").
 *
 * @param pointer the JSON pointer of the value that does not fit
 * @param problem what is wrong with it
 */
record ShapeProblem(String pointer, String problem) {

  private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class,
      Long.class, short.class, Short.class, byte.class, Byte.class, BigInteger.class);
  private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class,
      Float.class, BigDecimal.class, Number.class);
  private static final int SHOWN = 40;

  /** The first problem, or null when the JSON fits as far as can be told from its shape. */
  static ShapeProblem find(JsonValue value, Type type, String at) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == Optional.class) {
        return value == JsonValue.NULL ? null : find(value, arguments[0], at);
      }
      if (Collection.class.isAssignableFrom(raw)) {
        if (!(value instanceof JsonArray array)) {
          return wrong(at, "an array", value);
        }
        for (int i = 0; i < array.size(); i++) {
          ShapeProblem found = find(array.get(i), arguments[0], at + "/" + i);
          if (found != null) {
            return found;
          }
        }
        return null;
      }
      return Map.class.isAssignableFrom(raw) && !(value instanceof JsonObject)
          ? wrong(at, "an object", value) : null;
    }
    return type instanceof Class<?> raw ? fits(value, raw, at) : null;
  }

  private static ShapeProblem fits(JsonValue value, Class<?> type, String at) {
    if (value == JsonValue.NULL) {
      return type.isPrimitive() ? wrong(at, expected(type), value) : null;
    }
    if (WHOLE_NUMBERS.contains(type)) {
      if (!(value instanceof JsonNumber number)) {
        return wrong(at, "a whole number", value);
      }
      return number.isIntegral() ? null
          : new ShapeProblem(at, "expected a whole number, found " + number);
    }
    if (NUMBERS.contains(type)) {
      return value instanceof JsonNumber ? null : wrong(at, "a number", value);
    }
    if (type == boolean.class || type == Boolean.class) {
      return value == JsonValue.TRUE || value == JsonValue.FALSE ? null
          : wrong(at, "true or false", value);
    }
    if (type == String.class || type == char.class || type == Character.class) {
      return value instanceof JsonString ? null : wrong(at, "a string", value);
    }
    if (type.isEnum()) {
      return constant(value, type, at);
    }
    if (type.isArray()) {
      return value instanceof JsonArray ? null : wrong(at, "an array", value);
    }
    if (type.isRecord()) {
      return value instanceof JsonObject object ? record(object, type, at)
          : wrong(at, "an object (" + type.getSimpleName() + ")", value);
    }
    return null;
  }

  private static ShapeProblem record(JsonObject object, Class<?> type, String at) {
    Set<String> names = Arrays.stream(type.getRecordComponents())
        .filter(component -> !component.isAnnotationPresent(JsonbTransient.class))
        .map(RecordShape::name).collect(Collectors.toSet());
    for (String member : object.keySet()) {
      if (!names.contains(member)) {
        return new ShapeProblem(at + "/" + member, type.getSimpleName() + " has no property "
            + member + " (it has " + String.join(", ", names.stream().sorted().toList()) + ")");
      }
    }
    for (RecordComponent component : type.getRecordComponents()) {
      String name = RecordShape.name(component);
      if (names.contains(name) && object.containsKey(name)) {
        ShapeProblem found = find(object.get(name), component.getGenericType(), at + "/" + name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static ShapeProblem constant(JsonValue value, Class<?> type, String at) {
    // JSON-B writes and reads an enum constant by its name()
    java.util.List<String> allowed = Arrays.stream(type.getEnumConstants())
        .map(constant -> ((Enum<?>) constant).name()).toList();
    if (value instanceof JsonString text && allowed.contains(text.getString())) {
      return null;
    }
    return wrong(at, "one of " + String.join(", ", allowed), value);
  }

  private static String expected(Class<?> primitive) {
    return primitive == boolean.class ? "true or false"
        : WHOLE_NUMBERS.contains(primitive) ? "a whole number" : "a number";
  }

  private static ShapeProblem wrong(String at, String expected, JsonValue value) {
    return new ShapeProblem(at, "expected " + expected + ", found " + shown(value));
  }

  /** The value as a user would recognise it: its kind, and short values themselves. */
  private static String shown(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> "null";
      case TRUE, FALSE -> value.toString();
      case NUMBER -> "the number " + value;
      case STRING -> "the string " + cut(value.toString());
      case ARRAY -> "an array";
      case OBJECT -> "an object";
    };
  }

  private static String cut(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…\"";
  }
}
