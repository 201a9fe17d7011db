package ai.ope.responses.api.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name of the function tool made from a record, when the default (the record's simple name in
 * snake_case: {@code GetWeather} → {@code get_weather}) does not suit.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FunctionName {

  /**
   * The function name: {@code a-z A-Z 0-9 _ -}, at most 64 characters.
   *
   * @return the name
   */
  String value();
}
