package ai.ope.responses.testkit;

import ai.ope.responses.testkit.SchemaShape.ArrayShape;
import ai.ope.responses.testkit.SchemaShape.NumberShape;
import ai.ope.responses.testkit.SchemaShape.ObjectShape;
import ai.ope.responses.testkit.SchemaShape.StringShape;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against compiled request schemas, reporting the first problem the way the
 * API does: members in the order the request has them, a member the schema does not name as an
 * unknown parameter, then the missing required members. Never throws on any JSON: numbers of
 * any size or precision are compared exactly, strings are measured in code points.
 */
final class SchemaCheck {

  private SchemaCheck() {}

  /** The first problem of a request body against its root schema (one object), or null. */
  static Violation body(JsonObject body, SchemaAlternatives root) {
    return members(root.objects().get(0), body, null);
  }

  /** The first problem of a value at this path, or null when the schema allows it. */
  static Violation value(JsonValue value, SchemaAlternatives schema, ParamPath path) {
    if (schema.any()) {
      return null;
    }
    switch (value.getValueType()) {
      case OBJECT:
        List<ObjectShape> objects = schema.objects();
        if (objects.size() == 1) {
          return members(objects.get(0), value.asJsonObject(), path);
        }
        return objects.isEmpty() ? mismatch(schema, value, path)
            : SchemaUnions.object(value.asJsonObject(), schema, path);
      case ARRAY:
        return array(value.asJsonArray(), schema, value, path);
      case STRING:
        return string(((JsonString) value).getString(), schema, value, path);
      case NUMBER:
        return number((JsonNumber) value, schema, path);
      case TRUE:
      case FALSE:
        return schema.booleans() ? null : mismatch(schema, value, path);
      default:
        return schema.nulls() ? null : mismatch(schema, value, path);
    }
  }

  /** The first problem of an object's members against one object shape, or null. */
  static Violation members(ObjectShape shape, JsonObject object, ParamPath path) {
    if (path != null && shape.maxProperties() >= 0 && object.size() > shape.maxProperties()) {
      return ValidationErrors.tooManyProperties(path, shape.maxProperties(), object.size());
    }
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      String name = member.getKey();
      ParamPath at = path == null ? ParamPath.root(name) : path.member(name);
      SchemaAlternatives declared = shape.properties().get(name);
      Violation problem;
      if (declared != null) {
        problem = value(member.getValue(), declared, at);
      } else if (shape.additional() == null && !shape.open()) {
        problem = ValidationErrors.unknownParameter(at);
      } else {
        problem = shape.propertyNames() == null ? null
            : value(Json.PROVIDER.createValue(name), shape.propertyNames(), at);
        if (problem == null && shape.additional() != null) {
          problem = value(member.getValue(), shape.additional(), at);
        }
      }
      if (problem != null) {
        return problem;
      }
    }
    for (String name : shape.required()) {
      if (!object.containsKey(name)) {
        return ValidationErrors.missing(path == null ? ParamPath.root(name) : path.member(name));
      }
    }
    return null;
  }

  private static Violation array(JsonArray array, SchemaAlternatives schema, JsonValue value,
      ParamPath path) {
    Violation deepest = null;
    for (ArrayShape shape : schema.arrays()) {
      Violation problem = elements(array, shape, path);
      if (problem == null) {
        return null;
      }
      deepest = SchemaUnions.deeper(deepest, problem);
    }
    return deepest != null ? deepest : mismatch(schema, value, path);
  }

  private static Violation elements(JsonArray array, ArrayShape shape, ParamPath path) {
    if (array.size() < shape.minItems()) {
      return ValidationErrors.tooFewItems(path, shape.minItems(), array.size());
    }
    if (shape.maxItems() >= 0 && array.size() > shape.maxItems()) {
      return ValidationErrors.tooManyItems(path, shape.maxItems(), array.size());
    }
    if (shape.items() != null) {
      for (int i = 0; i < array.size(); i++) {
        Violation problem = value(array.get(i), shape.items(), path.element(i));
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static Violation string(String text, SchemaAlternatives schema, JsonValue value,
      ParamPath path) {
    StringShape shape = schema.openString();
    if (shape == null) {
      shape = schema.stringsByValue().get(text);
      if (shape == null) {
        return schema.stringsByValue().isEmpty() ? mismatch(schema, value, path)
            : ValidationErrors.invalidValue(path, text, schema.stringsByValue().keySet());
      }
    }
    int chars = text.length(); // at least the number of code points
    if (shape.maxLength() >= 0 && chars > shape.maxLength()) {
      long length = text.codePointCount(0, chars);
      if (length > shape.maxLength()) {
        return ValidationErrors.tooLong(path, shape.maxLength(), length);
      }
    }
    if (shape.minLength() > 0) {
      int length = chars < shape.minLength() ? chars : text.codePointCount(0, chars);
      if (length < shape.minLength()) {
        return ValidationErrors.tooShort(path, shape.minLength(), length);
      }
    }
    if (shape.pattern() != null && !shape.pattern().matcher(text).find()) {
      return ValidationErrors.patternMismatch(path, shape.pattern().pattern());
    }
    return null;
  }

  private static Violation number(JsonNumber number, SchemaAlternatives schema,
      ParamPath path) {
    boolean integral = isIntegral(number);
    for (NumberShape shape : schema.numbers()) {
      if (shape.integer() && !integral) {
        continue;
      }
      BigDecimal value = number.bigDecimalValue();
      if (shape.maximum() != null && value.compareTo(shape.maximum()) > 0) {
        return ValidationErrors.aboveMaximum(path, shape.integer(), shape.maximum(), number);
      }
      if (shape.minimum() != null && value.compareTo(shape.minimum()) < 0) {
        return ValidationErrors.belowMinimum(path, shape.integer(), shape.minimum(), number);
      }
      return null;
    }
    return mismatch(schema, number, path);
  }

  /**
   * Whether a number has no fraction, however it is written: {@code 16.0} and {@code 1e2} are
   * integers here, as in the JSON the API parses (a fraction of zeros is not a decimal).
   */
  static boolean isIntegral(JsonNumber number) {
    BigDecimal value = number.bigDecimalValue();
    return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static Violation mismatch(SchemaAlternatives schema, JsonValue value, ParamPath path) {
    return ValidationErrors.invalidType(path, schema.expected(), value);
  }
}
