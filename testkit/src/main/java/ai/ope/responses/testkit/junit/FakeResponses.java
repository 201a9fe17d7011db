package ai.ope.responses.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives every test of the class its own {@link ai.ope.responses.testkit.FakeResponsesServer},
 * started before it and closed after it, injectable as a parameter (the server, or its base URI
 * with {@link BaseUri}). Safe with JUnit's parallel execution.
 *
 * <pre>{@code
 * @FakeResponses
 * class WeatherServiceTest {
 *   @Test
 *   void answers(FakeResponsesServer server) {
 *     server.enqueue(Reply.text("Sunny."));
 *     ...
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(FakeResponsesExtension.class)
public @interface FakeResponses {}
