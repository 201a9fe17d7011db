package ai.ope.responses.client.cdi;

import ai.ope.responses.client.ResponsesClientBuilder;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.inject.Instance;

/**
 * The container's {@code OpenTelemetry} bean, as MicroProfile Telemetry runtimes provide it, for
 * the clients the extension makes. Loaded only once {@link #apiPresent()} said the optional
 * OpenTelemetry API is there: its methods name the API's types.
 */
final class ContainerTelemetry {

  private ContainerTelemetry() {}

  /** Whether the OpenTelemetry API is on the application's class path (without loading it). */
  static boolean apiPresent() {
    try {
      Class.forName("io.opentelemetry.api.OpenTelemetry", false,
          ResponsesCdiExtension.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  /**
   * Gives the builder the container's {@code OpenTelemetry} when exactly one bean is; else the
   * builder keeps its default ({@code GlobalOpenTelemetry}).
   */
  static void use(Instance<Object> beans, ResponsesClientBuilder builder) {
    Instance<OpenTelemetry> found = beans.select(OpenTelemetry.class);
    if (found.isResolvable()) {
      builder.openTelemetry(found.get());
    }
  }
}
