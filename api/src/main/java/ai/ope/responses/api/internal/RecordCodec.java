package ai.ope.responses.api.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model record as a JSON object.
 *
 * <p>Every component but the last maps to one member: its {@code @JsonbProperty} name, else its
 * name in snake_case. The last component, {@code JsonObject extra}, receives every member the
 * record does not model and every modelled member that arrived as an explicit {@code null}, so
 * that writing the record back reproduces what was read. A record annotated with {@link WireType}
 * and without a {@code type} component writes its discriminator first.
 */
final class RecordCodec<T> implements Codec<T> {

  private static final String TYPE = "type";

  private final Class<T> type;
  private final String[] names;
  private final Map<String, Integer> index;
  /** The member names, and {@code "type"} last when the record writes it without a component. */
  private final NameTable table;
  private final RecordConstructor<T> constructor;
  private final Method[] accessors;
  private final int typeIndex;
  private final String writtenType;
  private final List<String> typeNames;
  private final NameTable typeTable;
  private Codec<Object>[] codecs;
  private byte[] kinds;
  /**
   * For each member (and, last, the start of the object), the member that followed it the last
   * time: the order a server writes, learnt, so the first name compared is nearly always the one.
   * Shared by all threads; a stale or racing entry only costs a longer lookup.
   */
  private final int[] successors;

  RecordCodec(Class<T> type) {
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    if (!isObjectRecord(type)) {
      throw new IllegalStateException(
          type.getName() + " must end with a JsonObject extra component");
    }
    int members = components.length - 1;
    this.names = new String[members];
    this.index = new HashMap<>(members * 2);
    // Core reflection rather than method handles: spinning a handle per component cost most of a
    // second at first use, and reflection is as fast once warm.
    this.accessors = new Method[components.length];
    Class<?>[] parameters = new Class<?>[components.length];
    int typeAt = -1;
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (component.getType().isPrimitive()) {
        throw new IllegalStateException(type.getName() + "." + component.getName()
            + " is primitive; model components must be nullable");
      }
      parameters[i] = component.getType();
      accessors[i] = component.getAccessor();
      if (i < members) {
        names[i] = wireName(component);
        index.put(names[i], i);
        if (names[i].equals(TYPE) && component.getType() == String.class) {
          typeAt = i;
        }
      }
    }
    try {
      this.constructor = new RecordConstructor<>(type.getConstructor(parameters));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("cannot bind " + type.getName(), e);
    }
    this.typeIndex = typeAt;
    WireType wireType = type.getAnnotation(WireType.class);
    this.typeNames = wireType == null ? List.of() : List.of(wireType.value());
    this.typeTable = new NameTable(typeNames);
    this.writtenType = typeAt >= 0 || typeNames.isEmpty() ? null : typeNames.get(0);
    List<String> tableNames = new ArrayList<>(List.of(names));
    if (writtenType != null) {
      tableNames.add(TYPE);
    }
    this.table = new NameTable(tableNames);
    this.successors = new int[table.size() + 1];
    for (int i = 0; i < successors.length; i++) {
      successors[i] = i + 1 < successors.length ? i + 1 : 0;
    }
  }

  /** Resolves the component codecs; separate from construction so types may be recursive. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void init(Codecs registry) {
    RecordComponent[] components = type.getRecordComponents();
    Codec<Object>[] resolved = new Codec[names.length];
    for (int i = 0; i < names.length; i++) {
      resolved[i] = (Codec<Object>) registry.resolve(components[i].getGenericType());
    }
    this.kinds = MemberReads.kinds(resolved);
    this.codecs = resolved;
  }

  Class<T> type() {
    return type;
  }

  List<String> typeNames() {
    return typeNames;
  }

  @Override
  public T read(JsonParser parser, Event first) {
    if (first != Event.START_OBJECT) {
      throw DecodeException.mismatch("object", first, parser);
    }
    return readMembers(parser, null);
  }

  /**
   * Reads the members of an object whose start has been consumed.
   *
   * @param consumedType the discriminator a union already read, or null
   */
  T readMembers(JsonParser parser, String consumedType) {
    if (parser instanceof Utf8JsonParser bytes) {
      return readMembers(bytes, consumedType);
    }
    Object[] arguments = new Object[names.length + 1];
    if (consumedType != null && typeIndex >= 0) {
      arguments[typeIndex] = consumedType;
    }
    JsonObjectBuilder extra = null;
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      String key = parser.getString();
      try {
        Event value = parser.next();
        Integer at = index.get(key);
        if (at != null && value != Event.VALUE_NULL) {
          arguments[at] = codecs[at].read(parser, value);
        } else if (at == null && writtenType != null && key.equals(TYPE)) {
          checkDiscriminator(parser, value);
        } else {
          if (extra == null) {
            extra = JsonValues.PROVIDER.createObjectBuilder();
          }
          extra.add(key, JsonValues.read(parser, value));
        }
      } catch (RuntimeException failure) {
        throw DecodeException.of(failure, parser).under(key);
      }
    }
    arguments[names.length] = extra == null ? JsonValue.EMPTY_JSON_OBJECT : extra.build();
    return constructor.construct(arguments, parser);
  }

  /**
   * The hot path: the same as above from bytes, members matched on their bytes (the one expected
   * next first) and the common scalars read without going through their codecs.
   */
  private T readMembers(Utf8JsonParser parser, String consumedType) {
    Object[] arguments = new Object[names.length + 1];
    if (consumedType != null && typeIndex >= 0) {
      arguments[typeIndex] = consumedType;
    }
    JsonObjectBuilder extra = null;
    int previous = table.size();
    while (true) {
      int expected = successors[previous];
      parser.expectName(table.plainBytes(expected));
      if (parser.next() == Event.END_OBJECT) {
        break;
      }
      int at = parser.memberIndex(table, expected);
      String key = at < 0 ? parser.getString() : null;
      if (at >= 0) {
        if (at != expected) {
          successors[previous] = at;
        }
        previous = at;
      }
      try {
        Event value = parser.next();
        if (at >= 0 && at < names.length && value != Event.VALUE_NULL) {
          arguments[at] = at == typeIndex ? readType(parser, value)
              : MemberReads.read(kinds[at], codecs[at], parser, value);
        } else if (at == names.length) {
          if (value != Event.VALUE_STRING || parser.stringIndex(typeTable) < 0) {
            checkDiscriminator(parser, value);
          }
        } else {
          key = key != null ? key : names[at];
          if (extra == null) {
            extra = JsonValues.PROVIDER.createObjectBuilder();
          }
          extra.add(key, JsonValues.read(parser, value));
        }
      } catch (RuntimeException failure) {
        throw DecodeException.of(failure, parser).under(key != null ? key : table.name(at));
      }
    }
    arguments[names.length] = extra == null ? JsonValue.EMPTY_JSON_OBJECT : extra.build();
    return constructor.construct(arguments, parser);
  }

  /** A {@code type} component: one of the record's own discriminators is their shared string. */
  private Object readType(Utf8JsonParser parser, Event value) {
    int known = value == Event.VALUE_STRING ? parser.stringIndex(typeTable) : -1;
    return known >= 0 ? typeTable.name(known) : codecs[typeIndex].read(parser, value);
  }

  private void checkDiscriminator(JsonParser parser, Event value) {
    if (value != Event.VALUE_STRING) {
      throw DecodeException.mismatch("string", value, parser);
    }
    String found = parser.getString();
    if (!typeNames.contains(found)) {
      throw DecodeException.invalid(
          "expected type " + String.join(" or ", typeNames) + " but found " + found, parser);
    }
  }

  @Override
  public void write(T value, JsonGenerator generator) {
    generator.writeStartObject();
    if (writtenType != null) {
      generator.write(TYPE, writtenType);
    }
    for (int i = 0; i < names.length; i++) {
      Object member = get(i, value);
      if (member != null) {
        generator.writeKey(names[i]);
        codecs[i].write(member, generator);
      }
    }
    JsonObject extra = (JsonObject) get(names.length, value);
    if (extra != null && !extra.isEmpty()) {
      writeExtra(value, extra, generator);
    }
    generator.writeEnd();
  }

  private void writeExtra(T value, JsonObject extra, JsonGenerator generator) {
    for (Map.Entry<String, JsonValue> entry : extra.entrySet()) {
      String key = entry.getKey();
      Integer at = index.get(key);
      boolean shadowed = at != null ? get(at, value) != null
          : writtenType != null && key.equals(TYPE);
      if (!shadowed) {
        generator.write(key, entry.getValue());
      }
    }
  }

  private Object get(int component, T value) {
    return Reflection.get(accessors[component], value);
  }

  /** Whether a record is bound as a JSON object: its last component is {@code JsonObject extra}. */
  static boolean isObjectRecord(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components.length == 0) {
      return false;
    }
    RecordComponent last = components[components.length - 1];
    return last.getName().equals("extra") && last.getType() == JsonObject.class;
  }

  static String wireName(RecordComponent component) {
    JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
    if (property != null && !property.value().isEmpty()) {
      return property.value();
    }
    return snakeCase(component.getName());
  }

  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        snake.append('_').append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }
}
