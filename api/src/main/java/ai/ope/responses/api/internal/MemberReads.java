package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonParser.Event;

/**
 * The record members read most (strings and integers) read inline from the bytes: a call through
 * the {@link Codec} interface from a record's loop reaches a dozen implementations, so the JIT
 * cannot inline it, and for a {@code "delta"} or a {@code "sequence_number"} that dispatch is
 * most of the work. Anything unusual (a value of the wrong kind, a large number) goes to the
 * codec, which reads or reports it as it always does.
 */
final class MemberReads {

  static final byte OTHER = 0;
  static final byte STRING = 1;
  static final byte INTEGER = 2;
  static final byte LONG = 3;
  static final byte DOUBLE = 4;
  static final byte BOOLEAN = 5;

  private MemberReads() {}

  /** The kind of each codec. */
  static byte[] kinds(Codec<?>[] codecs) {
    byte[] kinds = new byte[codecs.length];
    for (int i = 0; i < codecs.length; i++) {
      Codec<?> codec = codecs[i];
      kinds[i] = codec == ScalarCodecs.STRING ? STRING
          : codec == ScalarCodecs.INTEGER ? INTEGER
          : codec == ScalarCodecs.LONG ? LONG
          : codec == ScalarCodecs.DOUBLE ? DOUBLE
          : codec == ScalarCodecs.BOOLEAN ? BOOLEAN
          : OTHER;
    }
    return kinds;
  }

  /** Reads a member's non-null value. */
  static Object read(byte kind, Codec<Object> codec, Utf8JsonParser parser, Event value) {
    switch (kind) {
      case STRING:
        if (value == Event.VALUE_STRING) {
          return parser.getString();
        }
        break;
      case INTEGER:
        if (value == Event.VALUE_NUMBER && parser.isSmallInteger()) {
          long number = parser.smallInteger();
          if (number == (int) number) {
            return (int) number;
          }
        }
        break;
      case LONG:
        if (value == Event.VALUE_NUMBER && parser.isSmallInteger()) {
          return parser.smallInteger();
        }
        break;
      case DOUBLE:
        if (value == Event.VALUE_NUMBER) {
          double number = parser.doubleValue();
          if (!Double.isInfinite(number)) {
            return number;
          }
        }
        break;
      case BOOLEAN:
        if (value == Event.VALUE_TRUE || value == Event.VALUE_FALSE) {
          return value == Event.VALUE_TRUE;
        }
        break;
      default:
        break;
    }
    return codec.read(parser, value);
  }
}
