package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Differences between two JSON values as JSON pointers: key order ignored, numbers compared by
 * value. Used to match requests to recordings and to explain a mismatch.
 */
final class JsonDiff {

  private static final int SHOWN = 60;

  private JsonDiff() {}

  /**
   * Every difference, as {@code "/pointer: recorded X, received Y"}, skipping the ignored pointers
   * (and everything below them).
   */
  static List<String> differences(JsonValue recorded, JsonValue received, Set<String> ignored) {
    return differences(recorded, received, ignored, Integer.MAX_VALUE);
  }

  /** At most {@code limit} differences: matching needs only to know whether there is one. */
  static List<String> differences(JsonValue recorded, JsonValue received, Set<String> ignored,
      int limit) {
    List<String> differences = new ArrayList<>();
    compare("", recorded, received, ignored, new Limited(differences, limit));
    return differences;
  }

  /** Stops the walk once enough differences are found. */
  private static final class Limited {
    private final List<String> found;
    private final int limit;

    Limited(List<String> found, int limit) {
      this.found = found;
      this.limit = limit;
    }

    void add(String difference) {
      if (found.size() < limit) {
        found.add(difference);
      }
    }

    boolean full() {
      return found.size() >= limit;
    }
  }

  /** The value at a JSON pointer, or null when there is none. */
  static JsonValue at(JsonStructure json, String pointer) {
    return reader(pointer).apply(json);
  }

  /**
   * Reads the value at a pointer, or null where there is none. The pointer is parsed once: a
   * matcher applies it to every request the server receives.
   */
  static Function<JsonStructure, JsonValue> reader(String pointer) {
    JsonPointer parsed;
    try {
      parsed = Json.PROVIDER.createPointer(pointer);
    } catch (JsonException | IllegalArgumentException invalid) {
      return json -> null;
    }
    return json -> {
      try {
        return parsed.getValue(json);
      } catch (JsonException | IllegalArgumentException absent) {
        return null;
      }
    };
  }

  private static void compare(String at, JsonValue recorded, JsonValue received,
      Set<String> ignored, Limited differences) {
    if (differences.full() || ignored.contains(at)) {
      return;
    }
    if (recorded.getValueType() != received.getValueType()) {
      differences.add(describe(at, recorded, received));
      return;
    }
    switch (recorded.getValueType()) {
      case OBJECT:
        JsonObject left = recorded.asJsonObject();
        JsonObject right = received.asJsonObject();
        TreeSet<String> keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        for (String key : keys) {
          String path = at + "/" + key.replace("~", "~0").replace("/", "~1");
          if (ignored.contains(path)) {
            continue;
          }
          if (!right.containsKey(key)) {
            differences.add(path + ": recorded " + shown(left.get(key)) + ", received nothing");
          } else if (!left.containsKey(key)) {
            differences.add(path + ": recorded nothing, received " + shown(right.get(key)));
          } else {
            compare(path, left.get(key), right.get(key), ignored, differences);
          }
        }
        break;
      case ARRAY:
        JsonArray first = recorded.asJsonArray();
        JsonArray second = received.asJsonArray();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
          String path = at + "/" + i;
          if (i >= second.size()) {
            differences.add(path + ": recorded " + shown(first.get(i)) + ", received nothing");
          } else if (i >= first.size()) {
            differences.add(path + ": recorded nothing, received " + shown(second.get(i)));
          } else {
            compare(path, first.get(i), second.get(i), ignored, differences);
          }
        }
        break;
      case NUMBER:
        if (((JsonNumber) recorded).bigDecimalValue()
            .compareTo(((JsonNumber) received).bigDecimalValue()) != 0) {
          differences.add(describe(at, recorded, received));
        }
        break;
      default:
        if (!recorded.equals(received)) {
          differences.add(describe(at, recorded, received));
        }
    }
  }

  private static String describe(String at, JsonValue recorded, JsonValue received) {
    return (at.isEmpty() ? "/" : at) + ": recorded " + shown(recorded) + ", received "
        + shown(received);
  }

  private static String shown(JsonValue value) {
    String text = value.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }
}
