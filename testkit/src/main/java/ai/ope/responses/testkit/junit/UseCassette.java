package ai.ope.responses.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Loads a cassette into the test's fake server before the test: the test method's annotation, or
 * else the class's.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UseCassette {

  /**
   * The cassette folder on the class path, e.g. {@code "cassettes/weather"} for
   * {@code src/test/resources/cassettes/weather}.
   *
   * @return the resource path
   */
  String value();
}
