package ai.ope.responses.client.cdi;

import ai.ope.responses.client.ResponsesClientListener;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;

/** The application's {@link ResponsesClientListener} beans, for the clients the extension makes. */
final class ApplicationListeners {

  private ApplicationListeners() {}

  /**
   * The listener beans the client bean's own {@code Instance} resolves; when it resolves none, the
   * ones of the calling module's bean manager. Payara 6 resolves a synthetic bean's
   * {@code Instance} in the library jar's bean archive, which does not see the WAR's
   * {@code WEB-INF/classes}: the application's listeners were silently left out there.
   */
  static List<ResponsesClientListener> of(Instance<Object> beans) {
    Instance<ResponsesClientListener> found = beans.select(ResponsesClientListener.class);
    if (!found.isUnsatisfied()) {
      return found.stream().toList();
    }
    try {
      return CDI.current().select(ResponsesClientListener.class).stream().toList();
    } catch (IllegalStateException noContainerForThisCaller) {
      return List.of();
    }
  }
}
