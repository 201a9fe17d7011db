package ai.ope.responses.api.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds and caches the codec of every model type.
 *
 * <p>Codecs of records and unions are created first and wired afterwards, so recursive types
 * (a tool-search output holds tools, a namespace tool holds tools) resolve to the same instance.
 * A build runs under one lock and its codecs are published only once all are wired; lookups after
 * that are lock-free.
 */
final class Codecs {

  private static final Map<Type, Codec<?>> PUBLISHED = new ConcurrentHashMap<>(Map.of(
      String.class, ScalarCodecs.STRING,
      Boolean.class, ScalarCodecs.BOOLEAN,
      Integer.class, ScalarCodecs.INTEGER,
      Long.class, ScalarCodecs.LONG,
      Double.class, ScalarCodecs.DOUBLE,
      JsonValue.class, ScalarCodecs.JSON_VALUE,
      JsonObject.class, ScalarCodecs.JSON_OBJECT,
      JsonArray.class, ScalarCodecs.JSON_ARRAY));

  private final Map<Type, Codec<?>> building = new HashMap<>();
  private final List<Runnable> wiring = new ArrayList<>();

  private Codecs() {}

  /** The codec of a model type, built on first use. */
  @SuppressWarnings("unchecked")
  static <T> Codec<T> of(Type type) {
    Codec<?> codec = PUBLISHED.get(type);
    if (codec == null) {
      synchronized (Codecs.class) {
        codec = PUBLISHED.get(type);
        if (codec == null) {
          Codecs build = new Codecs();
          codec = build.resolve(type);
          while (!build.wiring.isEmpty()) {
            build.wiring.remove(build.wiring.size() - 1).run();
          }
          PUBLISHED.putAll(build.building);
        }
      }
    }
    return (Codec<T>) codec;
  }

  /**
   * Whether a class is bound by this codec rather than by plain JSON-B: the model types name the
   * codec's JSON-B adapter, and that annotation is what marks them.
   */
  static boolean isModel(Class<?> type) {
    JsonbTypeDeserializer binding = type.getAnnotation(JsonbTypeDeserializer.class);
    return binding != null && binding.value() == ModelJsonbDeserializer.class;
  }

  Codec<?> resolve(Type type) {
    Codec<?> codec = PUBLISHED.get(type);
    if (codec == null) {
      codec = building.get(type);
    }
    return codec != null ? codec : create(type);
  }

  private Codec<?> create(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      Codec<?> codec;
      if (raw == List.class) {
        codec = new ListCodec<>(resolve(arguments[0]));
      } else if (raw == Map.class && arguments[0] == String.class) {
        codec = new MapCodec<>(resolve(arguments[1]));
      } else {
        throw new IllegalArgumentException("unsupported model type " + type);
      }
      building.put(type, codec);
      return codec;
    }
    if (type instanceof Class<?> cls) {
      if (cls.isRecord() && RecordCodec.isObjectRecord(cls)) {
        RecordCodec<?> record = new RecordCodec<>(cls);
        building.put(cls, record);
        wiring.add(() -> record.init(this));
        return record;
      }
      if (cls.isRecord()) {
        WrapperCodec<?> wrapper = new WrapperCodec<>(cls);
        building.put(cls, wrapper);
        wiring.add(() -> wrapper.init(this));
        return wrapper;
      }
      if (cls.isInterface() && cls.isSealed()) {
        UnionCodec<?> union = new UnionCodec<>(cls);
        building.put(cls, union);
        wiring.add(() -> union.init(this));
        return union;
      }
    }
    throw new IllegalArgumentException("not a model type: " + type.getTypeName());
  }
}
