package ai.ope.responses.api.schema;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Optional;

/**
 * Checks that JSON has every property a record needs before binding it: JSON-B fills a missing
 * property with null or zero, which would turn an answer of the wrong shape into a record with
 * holes. {@code Optional} components may be missing.
 */
final class RecordShape {

  private RecordShape() {}

  /** The first missing property, as a JSON pointer, or null when none is missing. */
  static String missing(JsonValue value, Type type, String at) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      Type argument = parameterized.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        return value == JsonValue.NULL ? null : missing(value, argument, at);
      }
      if (Collection.class.isAssignableFrom(raw) && value instanceof JsonArray array) {
        for (int i = 0; i < array.size(); i++) {
          String found = missing(array.get(i), argument, at + "/" + i);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }
    if (!(type instanceof Class<?> raw) || !raw.isRecord()
        || !(value instanceof JsonObject object)) {
      return null;
    }
    for (RecordComponent component : raw.getRecordComponents()) {
      if (component.isAnnotationPresent(JsonbTransient.class)) {
        continue;
      }
      String name = name(component);
      boolean optional = component.getType() == Optional.class;
      if (!object.containsKey(name)) {
        if (!optional) {
          return at + "/" + name;
        }
        continue;
      }
      String found = missing(object.get(name), component.getGenericType(), at + "/" + name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  static String name(RecordComponent component) {
    JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
    if (property == null) {
      property = component.getAnnotation(JsonbProperty.class);
    }
    return property != null && !property.value().isEmpty() ? property.value()
        : JsonSchemas.snakeCase(component.getName());
  }
}
