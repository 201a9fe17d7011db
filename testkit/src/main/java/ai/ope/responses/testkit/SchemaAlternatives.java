package ai.ope.responses.testkit;

import ai.ope.responses.testkit.SchemaShape.AnyShape;
import ai.ope.responses.testkit.SchemaShape.ArrayShape;
import ai.ope.responses.testkit.SchemaShape.BooleanShape;
import ai.ope.responses.testkit.SchemaShape.NullShape;
import ai.ope.responses.testkit.SchemaShape.NumberShape;
import ai.ope.responses.testkit.SchemaShape.ObjectShape;
import ai.ope.responses.testkit.SchemaShape.StringShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one schema allows: its shapes (one or more, a union flattened), indexed the way a value
 * is checked against them: by JSON type first, then objects by their {@code type} member and
 * strings by value. Defined once, while the schemas compile, and read-only afterwards.
 */
final class SchemaAlternatives {

  private List<SchemaShape> shapes;
  private boolean any;
  private boolean booleans;
  private boolean nulls;
  private final List<ObjectShape> objects = new ArrayList<>();
  private final List<ArrayShape> arrays = new ArrayList<>();
  private final List<NumberShape> numbers = new ArrayList<>();
  private StringShape openString;
  private final Map<String, StringShape> stringsByValue = new LinkedHashMap<>();
  /** Objects by the value of their {@code type} member; null when they cannot be told apart. */
  private Map<String, List<ObjectShape>> objectsByType;
  private final List<ObjectShape> untypedObjects = new ArrayList<>();
  private String expected;
  private boolean unknownTypeAtValue;

  /** Sets the shapes; called once, by the compiler. */
  void define(List<SchemaShape> defined) {
    shapes = List.copyOf(defined);
    Set<String> words = new LinkedHashSet<>();
    for (SchemaShape shape : shapes) {
      index(shape, words);
    }
    if (objects.size() > 1 && objects.stream().noneMatch(o -> o.typeValues().isEmpty())) {
      objectsByType = new LinkedHashMap<>();
      for (ObjectShape object : objects) {
        object.typeValues().forEach(value ->
            objectsByType.computeIfAbsent(value, v -> new ArrayList<>()).add(object));
        if (!object.typeRequired()) {
          untypedObjects.add(object);
        }
      }
    }
    expected = words.isEmpty() ? (nulls ? "null" : "nothing") : ValidationErrors.oneOf(words);
  }

  private void index(SchemaShape shape, Set<String> words) {
    if (shape instanceof ObjectShape object) {
      objects.add(object);
      words.add("an object");
    } else if (shape instanceof ArrayShape array) {
      arrays.add(array);
      words.add("an array");
    } else if (shape instanceof StringShape string) {
      if (string.values().isEmpty()) {
        openString = openString == null ? string : openString;
      } else {
        string.values().forEach(value -> stringsByValue.putIfAbsent(value, string));
      }
      words.add("a string");
    } else if (shape instanceof NumberShape number) {
      numbers.add(number);
      words.add(number.integer() ? "an integer" : "a decimal");
    } else if (shape instanceof BooleanShape) {
      booleans = true;
      words.add("a boolean");
    } else if (shape instanceof NullShape) {
      nulls = true;
    } else if (shape instanceof AnyShape) {
      any = true;
    }
  }

  /** Reports an unknown {@code type} at the value, not at its member; set before define. */
  void reportUnknownTypeAtValue() {
    unknownTypeAtValue = true;
  }

  /** Whether an unknown {@code type} is reported at the value rather than at its member. */
  boolean unknownTypeAtValue() {
    return unknownTypeAtValue;
  }

  boolean isDefined() {
    return shapes != null;
  }

  /** The shapes; fails when asked before they are defined (a union that contains itself). */
  List<SchemaShape> shapes() {
    if (shapes == null) {
      throw new IllegalStateException("a schema union refers to itself");
    }
    return shapes;
  }

  /** Whether any value is accepted. */
  boolean any() {
    return any;
  }

  boolean booleans() {
    return booleans;
  }

  boolean nulls() {
    return nulls;
  }

  List<ObjectShape> objects() {
    return objects;
  }

  List<ArrayShape> arrays() {
    return arrays;
  }

  List<NumberShape> numbers() {
    return numbers;
  }

  /** The shape any string fits (the first without an enum), or null when strings are closed. */
  StringShape openString() {
    return openString;
  }

  /** The allowed values of closed strings, in the spec's order, with the shape of each. */
  Map<String, StringShape> stringsByValue() {
    return stringsByValue;
  }

  /** The objects by {@code type} value, in the spec's order; null when not told apart so. */
  Map<String, List<ObjectShape>> objectsByType() {
    return objectsByType;
  }

  /** The objects whose {@code type} member may be left out. */
  List<ObjectShape> untypedObjects() {
    return untypedObjects;
  }

  /** What the API says it expected: {@code a string}, {@code one of a string or an array}. */
  String expected() {
    return expected;
  }
}
