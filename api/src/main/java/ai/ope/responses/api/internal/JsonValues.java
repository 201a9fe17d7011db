package ai.ope.responses.api.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;

/**
 * Builds JSON-P values from a streaming parser with one cached provider.
 *
 * <p>{@code Json.createValue(...)} and friends look the provider up on every call; doing that per
 * unknown member would dominate decoding, so everything here goes through {@link #PROVIDER}.
 */
public final class JsonValues {

  /** The JSON-P provider, looked up once. */
  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonValues() {}

  /** Reads the whole value whose first event is {@code first}. */
  public static JsonValue read(JsonParser parser, Event first) {
    switch (first) {
      case START_OBJECT:
        return readObjectMembers(parser, PROVIDER.createObjectBuilder());
      case START_ARRAY:
        JsonArrayBuilder array = PROVIDER.createArrayBuilder();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
          array.add(read(parser, event));
        }
        return array.build();
      case VALUE_STRING:
        return PROVIDER.createValue(parser.getString());
      case VALUE_NUMBER:
        return PROVIDER.createValue(number(parser));
      case VALUE_TRUE:
        return JsonValue.TRUE;
      case VALUE_FALSE:
        return JsonValue.FALSE;
      case VALUE_NULL:
        return JsonValue.NULL;
      default:
        throw DecodeException.mismatch("a JSON value", first, parser);
    }
  }

  /**
   * The current number exactly. Valid JSON can spell a number that {@code BigDecimal} cannot hold
   * (an exponent beyond 32 bits, {@code 1e9999999999}): that is a number out of range, not a
   * parser failure.
   */
  private static BigDecimal number(JsonParser parser) {
    try {
      return parser.getBigDecimal();
    } catch (NumberFormatException outOfRange) {
      throw DecodeException.invalid("number out of range (its exponent is too large)", parser);
    }
  }

  /** Reads the remaining members of an object whose start (and maybe some members) was read. */
  static JsonObject readObjectMembers(JsonParser parser, JsonObjectBuilder into) {
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      String key = parser.getString();
      try {
        into.add(key, read(parser, parser.next()));
      } catch (RuntimeException failure) {
        throw DecodeException.of(failure, parser).under(key);
      }
    }
    return into.build();
  }
}
