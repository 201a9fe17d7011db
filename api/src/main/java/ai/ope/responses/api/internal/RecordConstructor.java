package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonParser;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

/**
 * Calls a record's canonical constructor with the decoded members.
 *
 * <p>The first calls go through core reflection, which costs nothing to set up: most model types
 * are read a few times or never, and a fresh JVM's first decode must stay quick. A type read
 * often switches to a method handle spread over the argument array, bound once, which skips the
 * per-call checks and dispatch of {@code Constructor.newInstance}.
 */
final class RecordConstructor<T> {

  /** Calls through reflection before the handle is made: enough to tell a hot type. */
  private static final int WARM_UP_CALLS = 32;
  private static final MethodType SPREAD = MethodType.methodType(Object.class, Object[].class);

  private final Constructor<T> constructor;
  private volatile MethodHandle handle;
  private int calls;

  RecordConstructor(Constructor<T> constructor) {
    this.constructor = constructor;
  }

  /**
   * A new record; a constructor that rejects the members becomes a decoding failure at the
   * parser's position.
   */
  @SuppressWarnings("unchecked")
  T construct(Object[] arguments, JsonParser parser) {
    MethodHandle bound = handle;
    if (bound == null) {
      bound = warmUp();
      if (bound == null) {
        return Reflection.construct(constructor, parser, arguments);
      }
    }
    try {
      Object record = bound.invokeExact(arguments);
      return (T) record;
    } catch (RuntimeException rejected) {
      throw DecodeException.invalid(constructor.getDeclaringClass().getSimpleName() + ": "
          + rejected.getMessage(), parser);
    } catch (Error error) {
      throw error;
    } catch (Throwable checked) {
      // a record constructor declares no checked exception; one thrown anyway is a bug there
      throw new IllegalStateException("cannot create " + constructor.getDeclaringClass(), checked);
    }
  }

  /** Whether calls go through the method handle by now. */
  boolean isBound() {
    return handle != null;
  }

  /** The handle once the type is hot; null before, or when it cannot be made. */
  private MethodHandle warmUp() {
    // Racy on purpose: threads that count or create it twice do no harm.
    if (++calls < WARM_UP_CALLS) {
      return null;
    }
    try {
      handle = MethodHandles.lookup().unreflectConstructor(constructor)
          .asSpreader(Object[].class, constructor.getParameterCount())
          .asType(SPREAD);
    } catch (IllegalAccessException | RuntimeException inaccessible) {
      calls = Integer.MIN_VALUE; // stays on reflection, which can reach it
    }
    return handle;
  }
}
