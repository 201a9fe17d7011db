package ai.ope.responses.client;

import java.util.Optional;

/**
 * Whether the OpenTelemetry support can run, without loading any of its classes: the API is an
 * optional dependency, and an application without it must still build clients.
 */
final class Telemetry {

  static final String ENABLED_KEY = "telemetry.enabled";
  static final String CAPTURE_CONTENT_KEY = "telemetry.capture-content";

  private Telemetry() {}

  /** Whether {@code io.opentelemetry:opentelemetry-api} is on the class path. */
  static boolean apiPresent() {
    try {
      Class.forName("io.opentelemetry.api.OpenTelemetry", false,
          Telemetry.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  /**
   * The listener that traces and measures the client's calls.
   *
   * @param openTelemetry the application's {@code OpenTelemetry}, or null for the global one
   * @param captureContent whether messages are recorded
   * @return the listener; empty when the OpenTelemetry API is absent
   */
  static Optional<ResponsesClientListener> listener(Object openTelemetry,
      boolean captureContent) {
    if (openTelemetry == null && !apiPresent()) {
      return Optional.empty();
    }
    return Optional.of(OpenTelemetryListener.create(openTelemetry, captureContent));
  }

  /** A boolean setting: {@code true} or {@code false}, else a clear error naming its key. */
  static boolean parse(String key, String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new IllegalArgumentException("Invalid " + key + ": \"" + value
        + "\" is neither true nor false");
  }
}
