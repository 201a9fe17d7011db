package ai.ope.responses.testkit;

import ai.ope.responses.testkit.SchemaShape.ObjectShape;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the branch of a union of objects as the API does: by the {@code type} member (an
 * unknown one is an invalid value listing those supported, in the spec's order); without one,
 * among the branches where it is optional (messages, item references); among branches sharing a
 * type, by the other string members they name and allow (a message's {@code role}, an item
 * reference's {@code id}); and among those still left, the first the object fits, or else the
 * one whose problem lies deepest (the branch the request got furthest into, so the error speaks
 * about what it meant).
 */
final class SchemaUnions {

  private SchemaUnions() {}

  static Violation object(JsonObject object, SchemaAlternatives schema, ParamPath path) {
    List<ObjectShape> candidates = schema.objects();
    Map<String, List<ObjectShape>> byType = schema.objectsByType();
    if (byType != null) {
      JsonValue type = object.get("type");
      if (type == null || type == JsonValue.NULL) {
        candidates = schema.untypedObjects();
        if (candidates.isEmpty()) {
          return ValidationErrors.missing(path.member("type"));
        }
      } else if (type instanceof JsonString text) {
        candidates = byType.get(text.getString());
        if (candidates == null) {
          return ValidationErrors.invalidValue(schema.unknownTypeAtValue() ? path
              : path.member("type"), text.getString(), byType.keySet());
        }
      } else {
        return ValidationErrors.invalidType(path.member("type"), "a string", type);
      }
    }
    // members with a closed set of values (role) first: they say more than a name (id) does
    for (boolean closed : new boolean[] {true, false}) {
      for (Map.Entry<String, JsonValue> member : object.entrySet()) {
        String name = member.getKey();
        if (candidates.size() > 1 && member.getValue() instanceof JsonString value
            && !name.equals("type") && closed == restricts(candidates, name)) {
          List<ObjectShape> fitting = fitting(candidates, name, value.getString());
          if (fitting.isEmpty()) {
            return ValidationErrors.invalidValue(path.member(name), value.getString(),
                supported(candidates, name));
          }
          candidates = fitting;
        }
      }
    }
    Violation deepest = null;
    for (ObjectShape candidate : candidates) {
      Violation problem = SchemaCheck.members(candidate, object, path);
      if (problem == null) {
        return null;
      }
      deepest = deeper(deepest, problem);
    }
    return deepest;
  }

  /** The later problem when it lies deeper, else the earlier one. */
  static Violation deeper(Violation earlier, Violation later) {
    return earlier == null || later.depth() > earlier.depth() ? later : earlier;
  }

  private static boolean restricts(List<ObjectShape> candidates, String member) {
    return candidates.stream().anyMatch(candidate -> candidate.closedEnums().containsKey(member));
  }

  /**
   * The candidates a member points to: those that name it and allow its value. All of them
   * when none names it; none when those that name it all refuse the value.
   */
  private static List<ObjectShape> fitting(List<ObjectShape> candidates, String member,
      String value) {
    List<ObjectShape> fitting = new ArrayList<>();
    boolean named = false;
    for (ObjectShape candidate : candidates) {
      if (candidate.properties().containsKey(member)) {
        named = true;
        List<String> allowed = candidate.closedEnums().get(member);
        if (allowed == null || allowed.contains(value)) {
          fitting.add(candidate);
        }
      }
    }
    return named ? fitting : candidates;
  }

  private static Set<String> supported(List<ObjectShape> candidates, String member) {
    Set<String> values = new LinkedHashSet<>();
    for (ObjectShape candidate : candidates) {
      values.addAll(candidate.closedEnums().getOrDefault(member, List.of()));
    }
    return values;
  }
}
