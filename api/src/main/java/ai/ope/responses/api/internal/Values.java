package ai.ope.responses.api.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive copies for the model's compact constructors. Lists already immutable are not copied
 * again, so lists built by the codec cost nothing here.
 */
public final class Values {

  private Values() {}

  /** An immutable copy, or null for null (an absent member stays absent). */
  public static <E> List<E> list(List<E> list) {
    return list == null ? null : List.copyOf(list);
  }

  /** An immutable copy that keeps iteration order, or null for null. */
  public static <V> Map<String, V> map(Map<String, V> map) {
    if (map == null) {
      return null;
    }
    LinkedHashMap<String, V> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(
        requireNonNull(key, "map key"), requireNonNull(value, "map value")));
    return Collections.unmodifiableMap(copy);
  }

  /** The members a type does not model; never null. */
  public static JsonObject extra(JsonObject extra) {
    return extra == null ? JsonValue.EMPTY_JSON_OBJECT : extra;
  }

  private static <T> T requireNonNull(T value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " is null");
    }
    return value;
  }
}
