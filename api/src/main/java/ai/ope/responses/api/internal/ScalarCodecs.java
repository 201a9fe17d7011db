package ai.ope.responses.api.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;

/** Codecs for JSON scalars and raw JSON-P values. */
final class ScalarCodecs {

  private ScalarCodecs() {}

  static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(JsonParser parser, Event first) {
      if (first != Event.VALUE_STRING) {
        throw DecodeException.mismatch("string", first, parser);
      }
      return parser.getString();
    }

    @Override
    public void write(String value, JsonGenerator generator) {
      generator.write(value);
    }
  };

  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonParser parser, Event first) {
      if (first == Event.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (first == Event.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      throw DecodeException.mismatch("boolean", first, parser);
    }

    @Override
    public void write(Boolean value, JsonGenerator generator) {
      generator.write(value);
    }
  };

  static final Codec<Integer> INTEGER = new Codec<>() {
    @Override
    public Integer read(JsonParser parser, Event first) {
      return (int) integer(parser, first, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public void write(Integer value, JsonGenerator generator) {
      generator.write(value.intValue());
    }
  };

  static final Codec<Long> LONG = new Codec<>() {
    @Override
    public Long read(JsonParser parser, Event first) {
      return integer(parser, first, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public void write(Long value, JsonGenerator generator) {
      generator.write(value.longValue());
    }
  };

  static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public Double read(JsonParser parser, Event first) {
      double value = first == Event.VALUE_NUMBER && parser instanceof Utf8JsonParser bytes
          // straight from the digits, without a String in between
          ? bytes.doubleValue()
          : Double.parseDouble(numberText(parser, first, "number"));
      if (Double.isInfinite(value)) {
        throw DecodeException.invalid("number out of range", parser);
      }
      return value;
    }

    @Override
    public void write(Double value, JsonGenerator generator) {
      double number = value;
      // Integral values (timestamps, temperature 1) are written without ".0", as servers do.
      if (number == Math.rint(number) && Math.abs(number) < 0x1p53) {
        generator.write((long) number);
      } else {
        generator.write(number);
      }
    }
  };

  static final Codec<JsonValue> JSON_VALUE = new Codec<>() {
    @Override
    public JsonValue read(JsonParser parser, Event first) {
      return JsonValues.read(parser, first);
    }

    @Override
    public void write(JsonValue value, JsonGenerator generator) {
      generator.write(value);
    }
  };

  static final Codec<JsonObject> JSON_OBJECT = new Codec<>() {
    @Override
    public JsonObject read(JsonParser parser, Event first) {
      if (first != Event.START_OBJECT) {
        throw DecodeException.mismatch("object", first, parser);
      }
      return JsonValues.read(parser, first).asJsonObject();
    }

    @Override
    public void write(JsonObject value, JsonGenerator generator) {
      generator.write(value);
    }
  };

  static final Codec<JsonArray> JSON_ARRAY = new Codec<>() {
    @Override
    public JsonArray read(JsonParser parser, Event first) {
      if (first != Event.START_ARRAY) {
        throw DecodeException.mismatch("array", first, parser);
      }
      return JsonValues.read(parser, first).asJsonArray();
    }

    @Override
    public void write(JsonArray value, JsonGenerator generator) {
      generator.write(value);
    }
  };

  private static String numberText(JsonParser parser, Event first, String expected) {
    if (first != Event.VALUE_NUMBER) {
      throw DecodeException.mismatch(expected, first, parser);
    }
    return parser.getString();
  }

  /**
   * An integer in {@code [min, max]}, exactly. Plain integers from in-memory bytes are read without
   * allocating; integers written as {@code 1.0} or {@code 1e3} are accepted when their value is
   * integral.
   */
  private static long integer(JsonParser parser, Event first, long min, long max) {
    if (first == Event.VALUE_NUMBER && parser instanceof Utf8JsonParser bytes
        && bytes.isSmallInteger()) {
      long value = bytes.smallInteger();
      if (value >= min && value <= max) {
        return value;
      }
    }
    String text = numberText(parser, first, "integer");
    try {
      long value = new BigDecimal(text).longValueExact();
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException | ArithmeticException notIntegral) {
      // reported below
    }
    throw DecodeException.invalid("expected an integer in range but found " + text, parser);
  }
}
