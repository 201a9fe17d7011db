package ai.ope.responses.api.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.util.Map;

/** The JSON-P parser and generator factories, created once. */
final class JsonIo {

  static final JsonParserFactory PARSERS = JsonValues.PROVIDER.createParserFactory(Map.of());
  static final JsonGeneratorFactory GENERATORS =
      JsonValues.PROVIDER.createGeneratorFactory(Map.of());

  private JsonIo() {}

  /** A parser over an in-memory object or array. */
  static JsonParser treeParser(JsonStructure tree) {
    return tree instanceof JsonObject object
        ? PARSERS.createParser(object)
        : PARSERS.createParser((JsonArray) tree);
  }

  /**
   * A parser over any in-memory value, positioned so that the next event is the value's first:
   * scalars are read through a one-element array whose start is already consumed.
   */
  static JsonParser valueParser(JsonValue value) {
    if (value instanceof JsonStructure structure) {
      return treeParser(structure);
    }
    JsonParser parser =
        PARSERS.createParser(JsonValues.PROVIDER.createArrayBuilder().add(value).build());
    parser.next();
    return parser;
  }
}
