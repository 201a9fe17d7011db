package ai.ope.responses.client.relay;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import jakarta.json.spi.JsonProvider;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The built-in choices of which model events reach the browser, and as what. */
final class Selections {

  /** The event name of a relayed text delta. */
  static final String DELTA = "delta";

  /** Looked up once: {@code JsonProvider.provider()} runs the service loader on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private Selections() {}

  /**
   * Text deltas only, each as {@code event: delta} with the delta as a JSON string: unlike plain
   * text it survives SSE framing exactly (a leading space, a carriage return, a line break).
   */
  static Function<ResponseStreamEvent, Optional<BrowserEvent>> textDeltas() {
    return event -> event instanceof OutputTextDeltaEvent delta && delta.delta() != null
        ? Optional.of(new BrowserEvent(DELTA, jsonString(delta.delta())))
        : Optional.empty();
  }

  /** The chosen events as the library writes them, named by their {@code type}. */
  static Function<ResponseStreamEvent, Optional<BrowserEvent>> typed(
      Predicate<? super ResponseStreamEvent> which) {
    return event -> which.test(event)
        ? Optional.of(new BrowserEvent(event.type(), ResponsesJson.toJson(event)))
        : Optional.empty();
  }

  /** The text as a JSON string literal, quotes included. */
  static String jsonString(String text) {
    return JSON.createValue(text).toString();
  }
}
