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
    return found(recorded, received, ignored, limit, "").stream()
        .map(RequestDifference::message).toList();
  }

  /**
   * At most {@code limit} differences as data, each message prefixed with {@code prefix}
   * ({@code "body "}).
   */
  static List<RequestDifference> found(JsonValue recorded, JsonValue received,
      Set<String> ignored, int limit, String prefix) {
    List<RequestDifference> differences = new ArrayList<>();
    compare("", recorded, received, ignored, new Limited(differences, limit, prefix));
    return differences;
  }

  /** Stops the walk once enough differences are found. */
  private static final class Limited {
    private final List<RequestDifference> found;
    private final int limit;
    private final String prefix;

    Limited(List<RequestDifference> found, int limit, String prefix) {
      this.found = found;
      this.limit = limit;
      this.prefix = prefix;
    }

    /** A difference at a pointer; null stands for a value that is not there. */
    void add(String at, JsonValue recorded, JsonValue received) {
      if (found.size() < limit) {
        found.add(new RequestDifference(at, recorded, received, prefix
            + (at.isEmpty() ? "/" : at) + ": recorded " + shown(recorded) + ", received "
            + shown(received)));
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
      differences.add(at, recorded, received);
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
            differences.add(path, left.get(key), null);
          } else if (!left.containsKey(key)) {
            differences.add(path, null, right.get(key));
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
            differences.add(path, first.get(i), null);
          } else if (i >= first.size()) {
            differences.add(path, null, second.get(i));
          } else {
            compare(path, first.get(i), second.get(i), ignored, differences);
          }
        }
        break;
      case NUMBER:
        if (((JsonNumber) recorded).bigDecimalValue()
            .compareTo(((JsonNumber) received).bigDecimalValue()) != 0) {
          differences.add(at, recorded, received);
        }
        break;
      default:
        if (!recorded.equals(received)) {
          differences.add(at, recorded, received);
        }
    }
  }

  private static String shown(JsonValue value) {
    if (value == null) {
      return "nothing";
    }
    String text = value.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }
}
