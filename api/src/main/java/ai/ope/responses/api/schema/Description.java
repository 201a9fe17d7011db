package ai.ope.responses.api.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a record, or one of its components, means: the {@code description} of its JSON Schema, or
 * of the function tool made from it. The model reads it.
 *
 * <pre>{@code
 * @Description("Current weather in a city")
 * record GetWeather(@Description("City name, e.g. Paris") String city) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD,
    ElementType.PARAMETER, ElementType.METHOD})
public @interface Description {

  /**
   * The description.
   *
   * @return the text
   */
  String value();
}
