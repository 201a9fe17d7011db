package ai.ope.responses.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what a model value did not bind: {@code Unknown…} union members (types the model does not
 * know) and members kept in {@code extra()} (fields it does not model).
 */
final class UnknownMembers {

  private UnknownMembers() {}

  /** Paths of every unknown union member in the value. */
  static List<String> in(Object value) {
    List<String> found = new ArrayList<>();
    walk("", value, found);
    return found;
  }

  /**
   * Every {@code Type.member} kept in some {@code extra()} with a non-null value: members the
   * model does not bind.
   */
  static Set<String> extraMembers(Object value) {
    Set<String> found = new TreeSet<>();
    collectExtra(value, found);
    return found;
  }

  private static void collectExtra(Object value, Set<String> found) {
    if (value instanceof List<?> list) {
      list.forEach(element -> collectExtra(element, found));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(member -> collectExtra(member, found));
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object member = get(component, record);
        if (component.getName().equals("extra") && member instanceof JsonObject extra) {
          extra.forEach((key, json) -> {
            if (json != JsonValue.NULL) {
              found.add(record.getClass().getSimpleName() + "." + key);
            }
          });
        } else {
          collectExtra(member, found);
        }
      }
    }
  }

  private static Object get(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void walk(String at, Object value, List<String> found) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(at + "/" + i, list.get(i), found);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, member) -> walk(at + "/" + key, member, found));
    } else if (value instanceof Record record) {
      if (record.getClass().getSimpleName().startsWith("Unknown")) {
        found.add(at + " " + record);
        return;
      }
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        walk(at + "/" + component.getName(), get(component, record), found);
      }
    }
  }
}
