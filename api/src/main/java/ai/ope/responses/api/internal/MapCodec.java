package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object with free keys as an immutable {@code Map} that keeps the wire order; null values
 * are rejected as malformed.
 */
final class MapCodec<V> implements Codec<Map<String, V>> {

  private final Codec<V> values;

  MapCodec(Codec<V> values) {
    this.values = values;
  }

  @Override
  public Map<String, V> read(JsonParser parser, Event first) {
    if (first != Event.START_OBJECT) {
      throw DecodeException.mismatch("object", first, parser);
    }
    LinkedHashMap<String, V> map = new LinkedHashMap<>();
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      String key = parser.getString();
      try {
        Event value = parser.next();
        if (value == Event.VALUE_NULL) {
          throw DecodeException.mismatch("a value", value, parser);
        }
        map.put(key, values.read(parser, value));
      } catch (RuntimeException failure) {
        throw DecodeException.of(failure, parser).under(key);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public void write(Map<String, V> value, JsonGenerator generator) {
    generator.writeStartObject();
    for (Map.Entry<String, V> entry : value.entrySet()) {
      generator.writeKey(entry.getKey());
      values.write(entry.getValue(), generator);
    }
    generator.writeEnd();
  }
}
