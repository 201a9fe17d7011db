package ai.ope.responses.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The client's {@link ResponsesClientListener}s, each told of an event in turn: one that throws
 * is logged and skipped, so neither the call nor the other listeners notice.
 */
final class Listeners {

  /** Header names whose values are credentials or session state: never shown to a listener. */
  private static final Set<String> HIDDEN_HEADERS = Set.of("authorization",
      "proxy-authorization", "cookie", "set-cookie", "api-key", "x-api-key", "token");
  /** Parts of names that mark a credential: a gateway's key or token header, a default one. */
  private static final List<String> HIDDEN_PARTS = List.of("authorization", "api-key",
      "api_key", "apikey", "secret", "password", "credential");
  /** Endings of such names ({@code Ocp-Apim-Subscription-Key}, {@code X-Auth-Token}). */
  private static final List<String> HIDDEN_ENDINGS = List.of("-key", "_key", "-token",
      "_token");

  private final List<ResponsesClientListener> all;
  private final String apiKey;
  /** The listeners that threw already: the first failure is a warning, the next are not. */
  private final Set<ResponsesClientListener> failed = ConcurrentHashMap.newKeySet();

  Listeners(List<ResponsesClientListener> all, String apiKey) {
    this.all = List.copyOf(all);
    this.apiKey = apiKey;
  }

  /** Whether there is nobody to tell: callers skip building an event's arguments then. */
  boolean isEmpty() {
    return all.isEmpty();
  }

  /**
   * Tells each listener of an event.
   *
   * @param event the method's name, for the log
   * @param delivery calls the method on one listener
   */
  void tell(String event, Consumer<ResponsesClientListener> delivery) {
    for (ResponsesClientListener listener : all) {
      try {
        delivery.accept(listener);
      } catch (RuntimeException | LinkageError thrown) {
        report(listener, event, thrown);
      }
    }
  }

  /** Lets the listeners that carry context (the trace) add their headers to an attempt. */
  void addHeaders(ClientCall call, BiConsumer<String, String> header) {
    for (ResponsesClientListener listener : all) {
      if (listener instanceof RequestHeaderSource source) {
        try {
          source.addHeaders(call, header);
        } catch (RuntimeException | LinkageError thrown) {
          report(listener, "addHeaders", thrown);
        }
      }
    }
  }

  /** How tool loops are traced: by the first listener that can (OpenTelemetry's), else not. */
  ToolTracing toolTracing() {
    for (ResponsesClientListener listener : all) {
      if (listener instanceof ToolTracing tracing) {
        return tracing;
      }
    }
    return ToolTracing.NONE;
  }

  /** Headers as a listener may see them: names in lower case, no credentials or cookies. */
  static Map<String, List<String>> visible(Map<String, List<String>> headers) {
    Map<String, List<String>> shown = new LinkedHashMap<>();
    headers.forEach((name, values) -> {
      if (!hidden(name)) {
        shown.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
      }
    });
    return Map.copyOf(shown);
  }

  /**
   * Whether a header's value is a credential by its name, and so never shown or logged. Names
   * that merely count tokens ({@code x-ratelimit-remaining-tokens}) are not hidden.
   */
  static boolean hidden(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return HIDDEN_HEADERS.contains(lower) || HIDDEN_PARTS.stream().anyMatch(lower::contains)
        || HIDDEN_ENDINGS.stream().anyMatch(lower::endsWith);
  }

  /**
   * Logs a listener's failure. Not the exception itself: its message and stack may hold what the
   * listener was given or anything it read; the type and the masked message are enough to find
   * it.
   */
  private void report(ResponsesClientListener listener, String event, Throwable thrown) {
    boolean first = failed.add(listener);
    System.Logger.Level level = first ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG;
    LoggingFilter.LOG.log(level, () -> "the ResponsesClientListener "
        + listener.getClass().getName() + " threw " + thrown.getClass().getName() + " in "
        + event + " (" + Secrets.mask(String.valueOf(thrown.getMessage()), apiKey)
        + "); the call goes on" + (first ? "; its next failures are logged at DEBUG" : ""));
  }
}
