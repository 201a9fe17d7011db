package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Requests whose JSON body contains this object: every member given is present with a matching
 * value, whatever else the body holds. Objects match as subsets at every depth, numbers by value
 * ({@code 1} matches {@code 1.0}), arrays when they have the same length and each element
 * matches the element at the same place; strings, booleans and null must be equal.
 *
 * @param subset the members a body must have
 */
record JsonSubset(JsonObject subset) implements RequestMatcher {

  @Override
  public boolean matches(RecordedRequest request) {
    return request.json().map(body -> contains(body, subset)).orElse(false);
  }

  /** Whether the actual value holds everything the expected one says. */
  static boolean contains(JsonValue actual, JsonValue expected) {
    switch (expected.getValueType()) {
      case OBJECT:
        return actual instanceof JsonObject object && containsMembers(object,
            expected.asJsonObject());
      case ARRAY:
        return actual instanceof JsonArray array && containsElements(array,
            expected.asJsonArray());
      case NUMBER:
        return actual instanceof JsonNumber number && number.bigDecimalValue()
            .compareTo(((JsonNumber) expected).bigDecimalValue()) == 0;
      default:
        // strings, true, false, null: equal values
        return expected.equals(actual);
    }
  }

  private static boolean containsMembers(JsonObject actual, JsonObject expected) {
    for (Map.Entry<String, JsonValue> member : expected.entrySet()) {
      JsonValue value = actual.get(member.getKey());
      if (value == null || !contains(value, member.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsElements(JsonArray actual, JsonArray expected) {
    if (actual.size() != expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!contains(actual.get(i), expected.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "JSON subset " + subset;
  }
}
