package ai.ope.responses.api.internal;

import ai.ope.responses.api.internal.WrapperCodec.Kind;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sealed interface as a JSON union.
 *
 * <p>Objects are told apart by their {@code "type"} member (records annotated with
 * {@link WireType}); other JSON kinds by the single-value wrapper records that accept them. When
 * {@code "type"} is the first member (as in every recorded event) the member record is bound
 * straight from the stream; otherwise the object is buffered first. An object whose type no
 * member knows becomes the union's raw-JSON member, so nothing is lost and nothing throws.
 */
final class UnionCodec<T> implements Codec<T> {

  private static final String TYPE = "type";
  private static final byte[] TYPE_BYTES = {'t', 'y', 'p', 'e'};
  private static final NameTable TYPE_NAME = new NameTable(List.of(TYPE));

  private final Class<T> type;
  private final Map<String, RecordCodec<?>> byType = new HashMap<>();
  private final List<Map.Entry<String, RecordCodec<?>>> untyped = new ArrayList<>();
  private final EnumMap<Kind, WrapperCodec<?>> wrappers = new EnumMap<>(Kind.class);
  private final Map<Class<?>, Codec<?>> writers = new HashMap<>();
  private RecordCodec<?> plainObject;
  /** The discriminators of {@link #byType}, matched on their bytes, and their records. */
  private NameTable typeTable;
  private RecordCodec<?>[] typed;

  UnionCodec(Class<T> type) {
    this.type = type;
  }

  void init(Codecs registry) {
    for (Class<?> member : members(type)) {
      Codec<?> codec = registry.resolve(member);
      writers.put(member, codec);
      if (codec instanceof RecordCodec<?> record) {
        addRecord(record);
      } else {
        WrapperCodec<?> wrapper = (WrapperCodec<?>) codec;
        if (wrappers.put(wrapper.kind(), wrapper) != null) {
          throw new IllegalStateException(
              type.getName() + " has two members for " + wrapper.kind());
        }
      }
    }
    typeTable = new NameTable(new ArrayList<>(byType.keySet()));
    typed = new RecordCodec<?>[typeTable.size()];
    for (int i = 0; i < typed.length; i++) {
      typed[i] = byType.get(typeTable.name(i));
    }
  }

  private void addRecord(RecordCodec<?> record) {
    if (record.typeNames().isEmpty()) {
      if (plainObject != null) {
        throw new IllegalStateException(type.getName() + " has two members without a type");
      }
      plainObject = record;
      return;
    }
    for (String name : record.typeNames()) {
      if (byType.put(name, record) != null) {
        throw new IllegalStateException(type.getName() + " has two members of type " + name);
      }
    }
    WireType wireType = record.type().getAnnotation(WireType.class);
    if (!wireType.whenUntypedHas().isEmpty()) {
      untyped.add(Map.entry(wireType.whenUntypedHas(), record));
    }
  }

  /** The records and wrappers of a sealed hierarchy, in {@code permits} order. */
  private static Set<Class<?>> members(Class<?> sealed) {
    Set<Class<?>> members = new LinkedHashSet<>();
    for (Class<?> permitted : sealed.getPermittedSubclasses()) {
      if (permitted.isInterface()) {
        members.addAll(members(permitted));
      } else {
        members.add(permitted);
      }
    }
    return members;
  }

  @Override
  public T read(JsonParser parser, Event first) {
    if (first == Event.START_OBJECT && (!byType.isEmpty() || plainObject != null)) {
      return byType.isEmpty()
          ? type.cast(plainObject.readMembers(parser, null))
          : readTyped(parser);
    }
    WrapperCodec<?> wrapper = wrappers.get(kindOf(first));
    if (wrapper == null && first == Event.START_OBJECT) {
      wrapper = wrappers.get(Kind.ANY_OBJECT);
    }
    if (wrapper == null) {
      wrapper = wrappers.get(Kind.ANY);
    }
    if (wrapper == null) {
      throw DecodeException.mismatch(expected(), first, parser);
    }
    return type.cast(wrapper.read(parser, first));
  }

  private T readTyped(JsonParser parser) {
    Utf8JsonParser bytes = parser instanceof Utf8JsonParser utf8 ? utf8 : null;
    if (bytes != null && !bytes.nextIsMember(TYPE_BYTES)) {
      // "type" is not first (output items start with "id"): found ahead, read in one pass
      int member = bytes.peekStringMember(TYPE_BYTES, typeTable);
      if (member >= 0) {
        return type.cast(typed[member].readMembers(parser, null));
      }
    }
    Event event = parser.next();
    if (event == Event.END_OBJECT) {
      return fromTree(JsonValue.EMPTY_JSON_OBJECT, parser);
    }
    String key = bytes != null && bytes.memberIndex(TYPE_NAME, 0) == 0 ? TYPE : parser.getString();
    Event value = parser.next();
    if (key.equals(TYPE) && value == Event.VALUE_STRING) {
      // the usual case: "type" first, matched on its bytes and consumed for the member record
      int known = bytes != null ? bytes.stringIndex(typeTable) : -1;
      if (known >= 0) {
        return type.cast(typed[known].readMembers(parser, typeTable.name(known)));
      }
      String discriminator = parser.getString();
      RecordCodec<?> member = byType.get(discriminator);
      if (member != null) {
        return type.cast(member.readMembers(parser, discriminator));
      }
      JsonObjectBuilder buffer = JsonValues.PROVIDER.createObjectBuilder();
      buffer.add(TYPE, discriminator);
      return unknown(JsonValues.readObjectMembers(parser, buffer), parser);
    }
    JsonObjectBuilder buffer = JsonValues.PROVIDER.createObjectBuilder();
    try {
      buffer.add(key, JsonValues.read(parser, value));
    } catch (RuntimeException failure) {
      throw DecodeException.of(failure, parser).under(key);
    }
    return fromTree(JsonValues.readObjectMembers(parser, buffer), parser);
  }

  /** Binds an object that was buffered because {@code "type"} was not its first member. */
  private T fromTree(JsonObject object, JsonParser origin) {
    JsonValue discriminator = object.get(TYPE);
    RecordCodec<?> member = null;
    if (discriminator instanceof JsonString name) {
      member = byType.get(name.getString());
    } else if (discriminator == null || discriminator == JsonValue.NULL) {
      member = untypedMember(object);
    }
    if (member == null) {
      return unknown(object, origin);
    }
    JsonParser tree = JsonIo.treeParser(object);
    tree.next();
    return type.cast(member.readMembers(tree, null));
  }

  private RecordCodec<?> untypedMember(JsonObject object) {
    for (Map.Entry<String, RecordCodec<?>> candidate : untyped) {
      if (object.containsKey(candidate.getKey())) {
        return candidate.getValue();
      }
    }
    return null;
  }

  private T unknown(JsonObject object, JsonParser parser) {
    WrapperCodec<?> raw = wrappers.getOrDefault(Kind.ANY_OBJECT, wrappers.get(Kind.ANY));
    if (raw == null) {
      String found = object.get(TYPE) instanceof JsonString name ? name.getString() : "none";
      throw DecodeException.invalid("unknown " + TYPE + " " + found
          + "; known: " + String.join(", ", byType.keySet()), parser);
    }
    return type.cast(raw.wrap(object, parser));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(T value, JsonGenerator generator) {
    Codec<Object> writer = (Codec<Object>) writers.get(value.getClass());
    if (writer == null) {
      throw new IllegalArgumentException(value.getClass() + " is not a member of " + type);
    }
    writer.write(value, generator);
  }

  private String expected() {
    List<String> kinds = new ArrayList<>();
    if (!byType.isEmpty() || plainObject != null) {
      kinds.add("object");
    }
    wrappers.keySet().forEach(kind -> kinds.add(kind.name().toLowerCase(java.util.Locale.ROOT)));
    return String.join(" or ", kinds);
  }

  private static Kind kindOf(Event event) {
    switch (event) {
      case VALUE_STRING:
        return Kind.STRING;
      case VALUE_NUMBER:
        return Kind.NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Kind.BOOLEAN;
      case START_ARRAY:
        return Kind.ARRAY;
      default:
        return Kind.OBJECT;
    }
  }
}
