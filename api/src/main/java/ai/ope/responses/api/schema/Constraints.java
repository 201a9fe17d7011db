package ai.ope.responses.api.schema;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;

/**
 * Bean Validation constraints as JSON Schema keywords. Read by annotation name and reflection, so
 * the model needs no Bean Validation at run time and the application uses whichever it has.
 */
final class Constraints {

  private static final String PACKAGE = "jakarta.validation.constraints.";

  private Constraints() {}

  /**
   * Adds the keywords of a component's constraints to its schema.
   *
   * @param annotations the component's annotations
   * @param schema the schema as built (its type decides the keywords)
   * @param target where to add them
   * @param where the component, for messages
   */
  static void apply(Annotation[] annotations, JsonObject schema, JsonObjectBuilder target,
      String where) {
    String type = schema.containsKey("type") && schema.get("type").getValueType()
        == jakarta.json.JsonValue.ValueType.STRING ? schema.getString("type") : "";
    for (Annotation annotation : annotations) {
      String name = annotation.annotationType().getName();
      if (!name.startsWith(PACKAGE)) {
        continue;
      }
      switch (name.substring(PACKAGE.length())) {
        case "Size":
          String unit = type.equals("array") ? "Items" : "Length";
          long min = number(annotation, "min", where);
          long max = number(annotation, "max", where);
          if (min > 0) {
            target.add("min" + unit, min);
          }
          if (max < Integer.MAX_VALUE) {
            target.add("max" + unit, max);
          }
          break;
        case "Min":
          target.add("minimum", number(annotation, "value", where));
          break;
        case "Max":
          target.add("maximum", number(annotation, "value", where));
          break;
        case "Positive":
          target.add("exclusiveMinimum", 0);
          break;
        case "PositiveOrZero":
          target.add("minimum", 0);
          break;
        case "Pattern":
          target.add("pattern", String.valueOf(member(annotation, "regexp", where)));
          break;
        case "Email":
          target.add("format", "email");
          break;
        default:
          break; // @NotNull and the rest: every property is required and non-null already
      }
    }
  }

  private static long number(Annotation annotation, String member, String where) {
    return ((Number) member(annotation, member, where)).longValue();
  }

  private static Object member(Annotation annotation, String member, String where) {
    try {
      return annotation.annotationType().getMethod(member).invoke(annotation);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalArgumentException(where + ": cannot read @"
          + annotation.annotationType().getSimpleName() + "." + member, e);
    }
  }
}
