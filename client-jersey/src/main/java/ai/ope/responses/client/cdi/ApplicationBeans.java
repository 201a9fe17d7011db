package ai.ope.responses.client.cdi;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.annotation.Annotation;

/** The application's beans of a type (its listeners, say), for the clients the extension makes. */
final class ApplicationBeans {

  private ApplicationBeans() {}

  /**
   * The beans the client bean's own {@code Instance} resolves; when it resolves none, the ones of
   * the calling module's bean manager. Payara 6 resolves a synthetic bean's {@code Instance} in
   * the library jar's bean archive, which does not see the WAR's {@code WEB-INF/classes}: the
   * application's beans were silently left out there (found by the real-server tests).
   */
  static <T> Instance<T> select(Instance<Object> beans, Class<T> type,
      Annotation... qualifiers) {
    Instance<T> found = beans.select(type, qualifiers);
    if (!found.isUnsatisfied()) {
      return found;
    }
    try {
      return CDI.current().select(type, qualifiers);
    } catch (IllegalStateException noContainerForThisCaller) {
      return found;
    }
  }

  /**
   * Whether the application has a bean of the type, asked as {@link #select} does: the
   * extension's bean manager first, then the calling module's.
   */
  static boolean has(BeanManager beans, Class<?> type, Annotation... qualifiers) {
    if (!beans.getBeans(type, qualifiers).isEmpty()) {
      return true;
    }
    try {
      return !CDI.current().getBeanManager().getBeans(type, qualifiers).isEmpty();
    } catch (IllegalStateException noContainerForThisCaller) {
      return false;
    }
  }
}
