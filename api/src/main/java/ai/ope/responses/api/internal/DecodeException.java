package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayDeque;

/**
 * A decoding failure inside the codec. Each enclosing object or array adds its member name or
 * index on the way out, so the JSON pointer costs nothing unless something fails.
 */
public final class DecodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ArrayDeque<String> path = new ArrayDeque<>();
  private final long offset;

  DecodeException(String message, long offset, Throwable cause) {
    super(message, cause);
    this.offset = offset;
  }

  /** A value of the wrong JSON kind. */
  static DecodeException mismatch(String expected, JsonParser.Event found, JsonParser parser) {
    return new DecodeException(
        "expected " + expected + " but found " + describe(found), offsetOf(parser), null);
  }

  /** A value of the right kind that the model cannot hold (out of range, unknown type...). */
  static DecodeException invalid(String message, JsonParser parser) {
    return new DecodeException(message, offsetOf(parser), null);
  }

  /** Turns any failure raised while reading into a {@code DecodeException}. */
  static DecodeException of(RuntimeException failure, JsonParser parser) {
    if (failure instanceof DecodeException decode) {
      return decode;
    }
    long offset = failure instanceof JsonParsingException parsing
        ? offsetOf(parsing.getLocation())
        : offsetOf(parser);
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return new DecodeException(message, offset, failure);
  }

  /** Records that the failure happened under this member name or array index. */
  DecodeException under(String segment) {
    path.addFirst(segment);
    return this;
  }

  /** The JSON pointer (RFC 6901) of the failing value; empty for the root. */
  public String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (String segment : path) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /** The character offset in the input where reading stopped, or -1 when unknown. */
  public long offset() {
    return offset;
  }

  private static long offsetOf(JsonParser parser) {
    try {
      return offsetOf(parser.getLocation());
    } catch (RuntimeException unavailable) {
      return -1;
    }
  }

  private static long offsetOf(JsonLocation location) {
    return location == null ? -1 : location.getStreamOffset();
  }

  static String describe(JsonParser.Event event) {
    if (event == null) {
      return "end of input";
    }
    switch (event) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return event.name();
    }
  }
}
