package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

/**
 * Reads and writes one Java type as JSON, streaming.
 *
 * @param <T> the Java type
 */
interface Codec<T> {

  /**
   * Reads the value whose first event has just been returned by {@code parser.next()}.
   *
   * @param parser the parser, positioned on {@code first}
   * @param first the value's first event; never {@code VALUE_NULL} (callers handle null)
   * @return the value, never null
   * @throws DecodeException when the JSON does not have the expected shape
   */
  T read(JsonParser parser, JsonParser.Event first);

  /**
   * Writes a non-null value in value position (after a key, inside an array, or at the root).
   */
  void write(T value, JsonGenerator generator);
}
