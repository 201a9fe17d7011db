package ai.ope.responses.testkit;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;

/**
 * The API's validation errors, worded exactly as the real server words them (recorded answers
 * and messages quoted in public bug reports): one factory per code.
 */
final class ValidationErrors {

  private ValidationErrors() {}

  static Violation unknownParameter(ParamPath path) {
    return at(path, "unknown_parameter", "Unknown parameter: '" + shown(path) + "'.");
  }

  static Violation missing(ParamPath path) {
    return at(path, "missing_required_parameter",
        "Missing required parameter: '" + shown(path) + "'.");
  }

  static Violation invalidType(ParamPath path, String expected, JsonValue got) {
    return at(path, "invalid_type", "Invalid type for '" + shown(path) + "': expected "
        + expected + ", but got " + typeOf(got) + " instead.");
  }

  static Violation invalidValue(ParamPath path, String value, Collection<String> supported) {
    StringBuilder values = new StringBuilder();
    Iterator<String> each = supported.iterator();
    for (int i = 0; each.hasNext(); i++) {
      String next = "'" + each.next() + "'";
      boolean last = !each.hasNext();
      if (i > 0) {
        values.append(supported.size() == 2 ? " and " : last ? ", and " : ", ");
      }
      values.append(next);
    }
    return at(path, "invalid_value", "Invalid value: '" + ApiErrors.shown(value)
        + "'. Supported values are: " + values + ".");
  }

  static Violation patternMismatch(ParamPath path, String pattern) {
    return at(path, "invalid_value", "Invalid '" + shown(path) + "': string does not match"
        + " pattern. Expected a string that matches the pattern '" + pattern + "'.");
  }

  /** Above {@code maximum}: {@code decimal_above_max_value} or {@code integer_above_max_value}. */
  static Violation aboveMaximum(ParamPath path, boolean integer, BigDecimal maximum,
      JsonNumber got) {
    String kind = integer ? "integer" : "decimal";
    return at(path, kind + "_above_max_value", "Invalid '" + shown(path) + "': " + kind
        + " above maximum value. Expected a value <= " + maximum.toPlainString() + ", but got "
        + ApiErrors.shown(got.toString()) + " instead.");
  }

  /** Below {@code minimum}: {@code decimal_below_min_value} or {@code integer_below_min_value}. */
  static Violation belowMinimum(ParamPath path, boolean integer, BigDecimal minimum,
      JsonNumber got) {
    String kind = integer ? "integer" : "decimal";
    return at(path, kind + "_below_min_value", "Invalid '" + shown(path) + "': " + kind
        + " below minimum value. Expected a value >= " + minimum.toPlainString() + ", but got "
        + ApiErrors.shown(got.toString()) + " instead.");
  }

  /** A string shorter than {@code minLength}; an empty one has its own code. */
  static Violation tooShort(ParamPath path, int minLength, int length) {
    if (length == 0) {
      return at(path, "empty_string", "Invalid '" + shown(path) + "': empty string. Expected a"
          + " string with minimum length " + minLength + ", but got an empty string instead.");
    }
    return at(path, "string_below_min_length", "Invalid '" + shown(path) + "': string too"
        + " short. Expected a string with minimum length " + minLength + ", but got a string"
        + " with length " + length + " instead.");
  }

  static Violation tooLong(ParamPath path, int maxLength, long length) {
    return at(path, "string_above_max_length", "Invalid '" + shown(path) + "': string too long."
        + " Expected a string with maximum length " + maxLength + ", but got a string with"
        + " length " + length + " instead.");
  }

  static Violation tooFewItems(ParamPath path, int minItems, int size) {
    return at(path, "array_below_min_length", "Invalid '" + shown(path) + "': array too short."
        + " Expected an array with minimum length " + minItems + ", but got an array with"
        + " length " + size + " instead.");
  }

  static Violation tooManyItems(ParamPath path, int maxItems, int size) {
    return at(path, "array_above_max_length", "Invalid '" + shown(path) + "': array too long."
        + " Expected an array with maximum length " + maxItems + ", but got an array with"
        + " length " + size + " instead.");
  }

  static Violation tooManyProperties(ParamPath path, int maxProperties, int size) {
    return at(path, "object_above_max_properties", "Invalid '" + shown(path) + "': too many"
        + " properties. Expected an object with at most " + maxProperties + " properties, but"
        + " got an object with " + size + " properties instead.");
  }

  /** {@code a string}; {@code one of a string or an array}; {@code one of a, b, or c}. */
  static String oneOf(Collection<String> words) {
    if (words.size() == 1) {
      return words.iterator().next();
    }
    StringBuilder text = new StringBuilder("one of ");
    Iterator<String> each = words.iterator();
    for (int i = 0; each.hasNext(); i++) {
      String word = each.next();
      if (i > 0) {
        text.append(words.size() == 2 ? " or " : each.hasNext() ? ", " : ", or ");
      }
      text.append(word);
    }
    return text.toString();
  }

  /** What the API calls a value's type: a non-integral number is {@code a decimal number}. */
  static String typeOf(JsonValue value) {
    switch (value.getValueType()) {
      case STRING:
        return "a string";
      case NUMBER:
        return SchemaCheck.isIntegral((JsonNumber) value) ? "an integer" : "a decimal number";
      case TRUE:
      case FALSE:
        return "a boolean";
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      default:
        return "null";
    }
  }

  private static String shown(ParamPath path) {
    return ApiErrors.shown(path.toString());
  }

  private static Violation at(ParamPath path, String code, String message) {
    return new Violation(code, path.toString(), message, path.depth());
  }
}
