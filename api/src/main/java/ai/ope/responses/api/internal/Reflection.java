package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonParser;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Record construction and accessor calls, with the checked exceptions sorted out. */
final class Reflection {

  private Reflection() {}

  /**
   * Calls a record's canonical constructor with decoded members; a constructor that rejects them
   * becomes a decoding failure at the parser's position.
   */
  static <T> T construct(Constructor<T> constructor, JsonParser parser, Object... arguments) {
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException rejected) {
      throw DecodeException.invalid(constructor.getDeclaringClass().getSimpleName() + ": "
          + rejected.getCause().getMessage(), parser);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + constructor.getDeclaringClass(), e);
    }
  }

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
