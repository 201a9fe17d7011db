package ai.ope.responses.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.TreeSet;

/**
 * JSON equality as the round-trip law means it: key order ignored, numbers compared by value.
 * Reports the first difference as a JSON pointer.
 */
final class JsonEquality {

  private JsonEquality() {}

  /** The first difference between two values, or null when they are equal. */
  static String difference(JsonValue expected, JsonValue actual) {
    return difference("", expected, actual);
  }

  private static String difference(String at, JsonValue expected, JsonValue actual) {
    if (expected.getValueType() != actual.getValueType()) {
      return at + ": expected " + expected + " but was " + actual;
    }
    switch (expected.getValueType()) {
      case OBJECT:
        JsonObject left = expected.asJsonObject();
        JsonObject right = actual.asJsonObject();
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
          String difference = difference(path, left.get(key), right.get(key));
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
          String difference = difference(at + "/" + i, first.get(i), second.get(i));
          if (difference != null) {
            return difference;
          }
        }
        return null;
      case NUMBER:
        return ((JsonNumber) expected).bigDecimalValue()
            .compareTo(((JsonNumber) actual).bigDecimalValue()) == 0
            ? null : at + ": expected " + expected + " but was " + actual;
      default:
        return expected.equals(actual) ? null
            : at + ": expected " + expected + " but was " + actual;
    }
  }
}
