package ai.ope.responses.testkit;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

/** Tree-level JSON for the server side: request bodies to match and diff, envelopes to write. */
final class Json {

  static final JsonProvider PROVIDER = JsonProvider.provider();
  private static final jakarta.json.JsonReaderFactory READERS =
      PROVIDER.createReaderFactory(Map.of());

  private Json() {}

  /** The text as a JSON value, or empty when it is blank or not JSON. */
  static Optional<JsonValue> parse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      return Optional.of(reader.readValue());
    } catch (RuntimeException notJson) {
      // JsonException, IllegalStateException, and the plain RuntimeException with which Parsson
      // refuses input nested over 1000 levels: to the server, an unreadable body all the same.
      return Optional.empty();
    }
  }
}
