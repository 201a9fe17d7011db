package ai.ope.responses.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.TreeSet;

/**
 * JSON equality as the round-trip law means it: key order ignored, numbers compared by value.
 * Reports the first difference as a JSON pointer.
 */
final class JsonEquality {

  private JsonEquality() {}

  /** The first difference between two values, or null when they are equal. */
  static String difference(JsonValue expected, JsonValue actual) {
    return difference("", expected, actual, false);
  }

  /**
   * As {@link #difference(JsonValue, JsonValue)}, and also allowing what writing back may
   * change without losing anything: a number read into a {@code double} is the same number when
   * it is the same {@code double}, and a part may gain the {@code type} its place implies.
   */
  static String lenientDifference(JsonValue read, JsonValue written) {
    return difference("", read, written, true);
  }

  private static String difference(String at, JsonValue expected, JsonValue actual,
      boolean lenient) {
    if (expected.getValueType() != actual.getValueType()) {
      return at + ": expected " + expected + " but was " + actual;
    }
    switch (expected.getValueType()) {
      case OBJECT:
        JsonObject left = expected.asJsonObject();
        JsonObject right = actual.asJsonObject();
        if (lenient && !left.containsKey("type") && right.get("type") instanceof JsonString) {
          // a part whose type its place implies (a reasoning summary's) may leave it out
          right = Json.createObjectBuilder(right).remove("type").build();
        }
        TreeSet<String> keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        for (String key : keys) {
          String path = at + "/" + key;
          if (!left.containsKey(key)) {
            return path + ": unexpected member " + right.get(key);
          }
          if (!right.containsKey(key)) {
            return path + ": missing member " + left.get(key);
          }
          String difference = difference(path, left.get(key), right.get(key), lenient);
          if (difference != null) {
            return difference;
          }
        }
        return null;
      case ARRAY:
        JsonArray first = expected.asJsonArray();
        JsonArray second = actual.asJsonArray();
        if (first.size() != second.size()) {
          return at + ": expected " + first.size() + " elements but was " + second.size();
        }
        for (int i = 0; i < first.size(); i++) {
          String difference = difference(at + "/" + i, first.get(i), second.get(i), lenient);
          if (difference != null) {
            return difference;
          }
        }
        return null;
      case NUMBER:
        BigDecimal was = ((JsonNumber) expected).bigDecimalValue();
        BigDecimal is = ((JsonNumber) actual).bigDecimalValue();
        boolean same = was.compareTo(is) == 0
            || lenient && was.doubleValue() == is.doubleValue();
        return same ? null : at + ": expected " + expected + " but was " + actual;
      default:
        return expected.equals(actual) ? null
            : at + ": expected " + expected + " but was " + actual;
    }
  }
}
