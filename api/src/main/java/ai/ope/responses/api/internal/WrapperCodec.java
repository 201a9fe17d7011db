package ai.ope.responses.api.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A record with a single component that stands for a bare JSON value: the string form of a wire
 * union ({@code "input": "hi"}), its array form, or the raw JSON of an unknown union member.
 */
final class WrapperCodec<T> implements Codec<T> {

  /** Which JSON values a wrapper accepts. */
  enum Kind {
    STRING, NUMBER, BOOLEAN, ARRAY, OBJECT,
    /** Any object: the raw member of a union for types it does not know. */
    ANY_OBJECT,
    /** Any value at all. */
    ANY
  }

  private final Class<T> type;
  private final RecordComponent component;
  private final Kind kind;
  private final RecordConstructor<T> constructor;
  private final Method accessor;
  private Codec<Object> inner;

  WrapperCodec(Class<T> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components.length != 1) {
      throw new IllegalStateException(type.getName()
          + " must either wrap exactly one value or end with a JsonObject extra component");
    }
    this.type = type;
    this.component = components[0];
    this.kind = kindOf(component.getType());
    this.accessor = component.getAccessor();
    try {
      this.constructor = new RecordConstructor<>(type.getConstructor(component.getType()));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("cannot bind " + type.getName(), e);
    }
  }

  @SuppressWarnings("unchecked")
  void init(Codecs registry) {
    this.inner = (Codec<Object>) registry.resolve(component.getGenericType());
  }

  Kind kind() {
    return kind;
  }

  Class<T> type() {
    return type;
  }

  @Override
  public T read(JsonParser parser, Event first) {
    return wrap(inner.read(parser, first), parser);
  }

  /** Wraps an already decoded value. */
  T wrap(Object value, JsonParser parser) {
    return constructor.construct(new Object[] {value}, parser);
  }

  @Override
  public void write(T value, JsonGenerator generator) {
    Object wrapped = Reflection.get(accessor, value);
    if (wrapped == null) {
      generator.writeNull();
    } else {
      inner.write(wrapped, generator);
    }
  }

  private static Kind kindOf(Class<?> type) {
    if (type == String.class) {
      return Kind.STRING;
    }
    if (type == Boolean.class) {
      return Kind.BOOLEAN;
    }
    if (Number.class.isAssignableFrom(type)) {
      return Kind.NUMBER;
    }
    if (type == List.class || type == JsonArray.class) {
      return Kind.ARRAY;
    }
    if (type == JsonObject.class) {
      return Kind.ANY_OBJECT;
    }
    if (type == JsonValue.class) {
      return Kind.ANY;
    }
    return Kind.OBJECT;
  }
}
