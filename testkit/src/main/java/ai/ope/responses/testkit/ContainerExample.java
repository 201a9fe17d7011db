package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The objects and arrays of {@link SchemaExample}, whose rules its javadoc states. */
final class ContainerExample {

  private final SchemaExample values;

  ContainerExample(SchemaExample values) {
    this.values = values;
  }

  JsonObject object(JsonObject schema, int depth, int variant) {
    JsonObject properties = SchemaKeywords.object(schema, "properties");
    List<String> required = SchemaKeywords.required(schema);
    JsonValue additional = schema.getOrDefault("additionalProperties", JsonValue.TRUE);
    boolean closed = JsonValue.FALSE.equals(additional);
    Map<String, JsonValue> members = new LinkedHashMap<>();
    if (properties != null) {
      for (String name : properties.keySet()) {
        boolean needed = required.contains(name);
        if (!needed && depth >= SchemaExample.SOFT_DEPTH) {
          continue;
        }
        try {
          members.put(name, values.value(properties.get(name), name, depth + 1, variant));
        } catch (SchemaExample.Unsatisfiable unsatisfiable) {
          if (needed) {
            throw unsatisfiable;
          }
        }
      }
    }
    for (String name : required) {
      if (!members.containsKey(name)) {
        // required yet not listed, in a closed object: contradictory; a value all the same
        members.put(name, values.value(closed ? JsonValue.TRUE : additional, name, depth + 1,
            variant));
      }
    }
    if (!closed) {
      if (members.isEmpty() && additional instanceof JsonObject
          && depth < SchemaExample.SOFT_DEPTH) {
        members.put("example", values.value(additional, "example", depth + 1, variant));
      }
      int minimum = SchemaKeywords.count(schema, "minProperties", 0);
      while (members.size() < minimum) {
        String name = "property_" + (members.size() + 1);
        members.put(name, values.value(additional, name, depth + 1, variant));
      }
    }
    int maximum = SchemaKeywords.count(schema, "maxProperties", Integer.MAX_VALUE);
    List<String> optional = new ArrayList<>(members.keySet());
    optional.removeAll(required);
    for (int i = optional.size() - 1; i >= 0 && members.size() > maximum; i--) {
      members.remove(optional.get(i));
    }
    JsonObjectBuilder object = Json.PROVIDER.createObjectBuilder();
    members.forEach(object::add);
    return object.build();
  }

  JsonArray array(JsonObject schema, String name, int depth) {
    JsonArray prefix = SchemaKeywords.array(schema, "prefixItems");
    JsonValue items = schema.getOrDefault("items", JsonValue.TRUE);
    if (items instanceof JsonArray tuple) {
      // draft 4's tuple form: items is the prefix, additionalItems the rest
      prefix = tuple;
      items = schema.getOrDefault("additionalItems", JsonValue.TRUE);
    }
    int minimum = SchemaKeywords.count(schema, "minItems", 0);
    int maximum = SchemaKeywords.count(schema, "maxItems", Integer.MAX_VALUE);
    int prefixSize = prefix == null ? 0 : prefix.size();
    int wanted = depth >= SchemaExample.SOFT_DEPTH ? minimum
        : Math.max(minimum, Math.min(maximum, Math.max(prefixSize, 1)));
    if (JsonValue.FALSE.equals(items)) {
      wanted = Math.min(wanted, prefixSize);
    }
    boolean unique = SchemaKeywords.isTrue(schema, "uniqueItems");
    List<JsonValue> out = new ArrayList<>();
    Set<JsonValue> seen = new HashSet<>();
    for (int attempt = 0; out.size() < wanted && attempt < wanted + 32; attempt++) {
      JsonValue itemSchema = out.size() < prefixSize ? prefix.get(out.size()) : items;
      JsonValue item;
      try {
        item = values.value(itemSchema, name, depth + 1, attempt);
      } catch (SchemaExample.Unsatisfiable unsatisfiable) {
        if (out.size() >= minimum) {
          break;
        }
        throw unsatisfiable;
      }
      if (!unique || seen.add(item)) {
        out.add(item);
      }
    }
    JsonArrayBuilder array = Json.PROVIDER.createArrayBuilder();
    out.forEach(array::add);
    return array.build();
  }
}
