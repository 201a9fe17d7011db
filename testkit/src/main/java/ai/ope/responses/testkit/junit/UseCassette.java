package ai.ope.responses.testkit.junit;

import ai.ope.responses.testkit.RecordMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Loads a cassette into the test's fake server before the test: the test method's annotation, or
 * else the class's.
 *
 * <p>With a {@link #record() record mode} other than {@code NONE} (or the system property
 * {@code responses.testkit.record}, which overrides it), the test gets a recording server
 * instead: it forwards what the cassette does not answer to the real API and writes the
 * cassette's folder under {@code src/test/resources} (the system property
 * {@code responses.testkit.cassettes} names another root; {@code responses.testkit.upstream},
 * else the environment variable {@code OPEAI_BASE_URL}, another upstream). The test fails if
 * something could not be recorded.
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

  /**
   * Whether to record, and what.
   *
   * @return the record mode; {@code NONE} (replay only) by default
   */
  RecordMode record() default RecordMode.NONE;
}
