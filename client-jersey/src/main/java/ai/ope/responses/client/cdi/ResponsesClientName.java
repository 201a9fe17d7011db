package ai.ope.responses.client.cdi;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * Selects a named client, configured under its own keys ({@code opeai.responses."name".*}, see
 * {@link ai.ope.responses.client.ResponsesClientBuilder#fromConfig(String)}):
 *
 * <pre>{@code
 * @Inject @ResponsesClientName("batch") ResponsesClient batch;   // opeai.responses."batch".*
 * @Inject ResponsesClient client;                                // opeai.responses.*
 * @Inject @ResponsesClientName jakarta.ws.rs.client.Client jaxrs; // plain JAX-RS, default keys
 * }</pre>
 *
 * <p>The empty name is the default client: {@code @Inject ResponsesClient} and
 * {@code @Inject @ResponsesClientName ResponsesClient} are the same bean. A JAX-RS
 * {@code Client} is only injected with this qualifier, so that it never competes with one the
 * application produces.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, METHOD, TYPE})
public @interface ResponsesClientName {

  /**
   * The client's name.
   *
   * @return the name; empty for the default client
   */
  String value() default "";

  /** The qualifier as a value, for programmatic lookup ({@code Instance.select(...)}). */
  final class Literal extends AnnotationLiteral<ResponsesClientName>
      implements ResponsesClientName {

    private static final long serialVersionUID = 1L;

    /** The client's name. */
    private final String value;

    private Literal(String value) {
      this.value = value;
    }

    /**
     * The qualifier of the named client.
     *
     * @param name the name; empty for the default client
     * @return the qualifier
     */
    public static Literal of(String name) {
      return new Literal(Objects.requireNonNull(name, "name"));
    }

    @Override
    public String value() {
      return value;
    }
  }
}
