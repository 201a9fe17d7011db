package ai.ope.responses.api.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Record accessor calls with the checked exceptions that cannot happen taken away. */
final class Reflection {

  private Reflection() {}

  /** Calls a public record accessor. */
  static Object get(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (InvocationTargetException e) {
      // Only a hand-written accessor could throw; pass its failure on unchanged.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }
}
