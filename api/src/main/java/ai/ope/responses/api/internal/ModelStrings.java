package ai.ope.responses.api.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The {@code toString()} of the model records. A modelled member that arrived as an explicit
 * {@code null} is kept in {@code extra} so that it is written back; the generated record
 * {@code toString()} therefore showed it twice ({@code error=null, …, extra={"error":null}}).
 * Here {@code extra} shows only the members the record does not model, so each member appears
 * once.
 */
public final class ModelStrings {

  /** Per record type: its accessors and the wire names of its modelled members. */
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Set<String> modelled = new HashSet<>();
      for (int i = 0; i < components.length - 1; i++) {
        modelled.add(RecordCodec.wireName(components[i]));
      }
      return new Shape(components, Set.copyOf(modelled));
    }
  };

  private ModelStrings() {}

  private record Shape(RecordComponent[] components, Set<String> modelled) {}

  /**
   * The record as {@code Name[member=value, …, extra={…}]}, {@code extra} without the members
   * the record models.
   *
   * @param value a model record (its last component is {@code JsonObject extra})
   * @return the text
   */
  public static String describe(Record value) {
    Shape shape = SHAPES.get(value.getClass());
    RecordComponent[] components = shape.components();
    StringJoiner text = new StringJoiner(", ", value.getClass().getSimpleName() + "[", "]");
    for (int i = 0; i < components.length - 1; i++) {
      text.add(components[i].getName() + "=" + get(components[i].getAccessor(), value));
    }
    return text.add("extra=" + extra(value)).toString();
  }

  /**
   * The record's {@code extra} without the members it models (explicit nulls, kept for writing
   * back, and anything a set member shadows): what the record holds beyond its members.
   *
   * @param value a model record (its last component is {@code JsonObject extra})
   * @return the unmodelled members, in their order
   */
  public static JsonObject extra(Record value) {
    Shape shape = SHAPES.get(value.getClass());
    RecordComponent[] components = shape.components();
    JsonObject extra = (JsonObject) get(components[components.length - 1].getAccessor(), value);
    if (extra == null || extra.keySet().stream().noneMatch(shape.modelled()::contains)) {
      return extra;
    }
    JsonObjectBuilder unmodelled = JsonValues.PROVIDER.createObjectBuilder();
    for (Map.Entry<String, JsonValue> entry : extra.entrySet()) {
      if (!shape.modelled().contains(entry.getKey())) {
        unmodelled.add(entry.getKey(), entry.getValue());
      }
    }
    return unmodelled.build();
  }

  private static Object get(Method accessor, Record value) {
    return Reflection.get(accessor, value);
  }
}
