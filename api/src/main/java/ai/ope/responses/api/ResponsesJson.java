package ai.ope.responses.api;

import ai.ope.responses.api.internal.EventDecoder;
import ai.ope.responses.api.internal.ModelJson;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.UnknownStreamEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads and writes the Responses API's JSON.
 *
 * <p>Model types (the records and sealed interfaces of {@code ai.ope.responses.api} and
 * {@code ai.ope.responses.api.stream}) are bound by a streaming codec built for them:
 *
 * <ul>
 *   <li>Wire names are snake_case ({@code max_output_tokens}), Java names camelCase.
 *   <li>Nothing a server sends is lost. A {@code type} no union member knows becomes that union's
 *       {@code Unknown…} member holding the raw JSON; a member a record does not model, and a
 *       modelled member sent as an explicit {@code null}, go to the record's {@code extra()}.
 *       Writing a value back therefore reproduces the JSON it was read from (up to key order
 *       and number spelling; and a part whose {@code type} its place implies, such as a
 *       reasoning summary's {@code summary_text}, is read without it and written with it).
 *   <li>An absent member is {@code null} in Java and absent again when written.
 *   <li>Bad input ends in a {@link ResponsesJsonException} that says where; never in another
 *       exception, never in a partially filled object.
 * </ul>
 *
 * <p>Other types (your own records for structured outputs, say) go to a shared JSON-B
 * {@link #jsonb() Jsonb}. Every model type also carries JSON-B annotations that route it through
 * the same codec, so any {@code Jsonb}, such as the one a JAX-RS runtime creates, binds the model
 * identically.
 *
 * <p>All methods are thread-safe.
 */
public final class ResponsesJson {

  /**
   * Up to this size, bytes of a type JSON-B binds are decoded into text first; beyond it, decoding
   * the whole document into a string first costs more than streaming from the bytes.
   */
  private static final int SMALL_DOCUMENT = 128 * 1024;

  private ResponsesJson() {}

  /**
   * Writes a value as compact JSON.
   *
   * @param value a model value, or any value JSON-B can write
   * @return the JSON text
   */
  public static String toJson(Object value) {
    Objects.requireNonNull(value, "value");
    return ModelJson.isModel(value.getClass()) ? ModelJson.write(value) : jsonb().toJson(value);
  }

  /**
   * Writes a value as compact UTF-8 JSON. The stream is flushed, not closed.
   *
   * @param value a model value, or any value JSON-B can write
   * @param out where to write
   */
  public static void toJson(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    if (ModelJson.isModel(value.getClass())) {
      ModelJson.write(value, out);
    } else {
      jsonb().toJson(value, ModelJson.unclosed(out));
    }
  }

  /**
   * Reads JSON text.
   *
   * @param json the JSON text
   * @param type the model type (or any type JSON-B can read)
   * @param <T> the type
   * @return the value, never null
   * @throws ResponsesJsonException when the text is not JSON of that shape
   */
  public static <T> T fromJson(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return ModelJson.isModel(type) ? ModelJson.read(json, type) : viaJsonb(json, type);
  }

  /**
   * Reads JSON from a stream (UTF-8, or UTF-16/32 detected by its first bytes). The stream is
   * read to the end of the value and left open.
   *
   * @param json the JSON bytes
   * @param type the model type (or any type JSON-B can read)
   * @param <T> the type
   * @return the value, never null
   * @throws ResponsesJsonException when the bytes are not JSON of that shape
   */
  public static <T> T fromJson(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (ModelJson.isModel(type)) {
      return ModelJson.read(json, type);
    }
    try {
      return jsonb().fromJson(ModelJson.unclosed(json), type);
    } catch (ResponsesJsonException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ResponsesJsonException(
          "cannot read " + type.getSimpleName() + ": " + e.getMessage(), null, -1, null, e);
    }
  }

  /**
   * Reads JSON bytes held in memory, such as an answer's body (UTF-8, or UTF-16/32 detected by
   * their first bytes). Same result as the text and stream forms; model types in UTF-8 are read
   * straight from the bytes, without decoding them into a string first.
   *
   * @param json the JSON bytes
   * @param type the model type (or any type JSON-B can read)
   * @param <T> the type
   * @return the value, never null
   * @throws ResponsesJsonException when the bytes are not JSON of that shape
   */
  public static <T> T fromJson(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (plainUtf8(json) && ModelJson.isModel(type)) {
      return ModelJson.read(json, 0, json.length, type);
    }
    if (json.length <= SMALL_DOCUMENT && plainUtf8(json)) {
      return viaJsonb(new String(json, StandardCharsets.UTF_8), type);
    }
    return fromJson(new ByteArrayInputStream(json), type);
  }

  /** UTF-8 without a byte order mark: the first two bytes of UTF-16/32 JSON hold a zero. */
  private static boolean plainUtf8(byte[] json) {
    boolean byteOrderMark = json.length >= 3 && json[0] == (byte) 0xEF;
    boolean wide = json.length >= 2 && (json[0] == 0 || json[1] == 0)
        || json.length >= 1 && (json[0] == (byte) 0xFE || json[0] == (byte) 0xFF);
    return !byteOrderMark && !wide;
  }

  /**
   * Binds an in-memory JSON-P value.
   *
   * @param json the value
   * @param type the model type
   * @param <T> the type
   * @return the value, never null
   * @throws ResponsesJsonException when the value does not have that shape
   */
  public static <T> T fromJson(JsonValue json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return ModelJson.isModel(type) ? ModelJson.read(json, type) : viaJsonb(json.toString(), type);
  }

  /**
   * Reads the data of one server-sent event of a response stream.
   *
   * <p>The event's {@code type} member decides its class; the SSE {@code event:} name is used only
   * when the data has no {@code type} (some proxies drop one or the other). A type this version
   * does not know becomes an {@link UnknownStreamEvent}. The {@code [DONE]} sentinel that some
   * compatible servers send is not an event: check for it before calling this method.
   *
   * @param eventName the SSE {@code event:} field, or null when the event had none
   * @param data the SSE {@code data:} field (the lines joined with {@code \n})
   * @return the event, never null
   * @throws ResponsesJsonException when the data is not a JSON object of an event's shape
   */
  public static ResponseStreamEvent parseEvent(String eventName, String data) {
    Objects.requireNonNull(data, "data");
    return EventDecoder.named(eventName, ModelJson.read(data, ResponseStreamEvent.class));
  }

  /**
   * Reads the data of one server-sent event of a response stream from its UTF-8 bytes, exactly as
   * {@link #parseEvent(String, String)} reads the same data as text, without making a string of
   * it first: the form for code that frames events itself, such as
   * {@link ai.ope.responses.api.stream.ServerSentEventReader#toEvent()}.
   *
   * @param eventName the SSE {@code event:} field, or null when the event had none
   * @param data the bytes holding the SSE {@code data:} field, UTF-8 (the lines joined with
   *     {@code \n}); they are only read, and not kept
   * @param offset where the data starts in {@code data}
   * @param length how many bytes it has
   * @return the event, never null
   * @throws ResponsesJsonException when the data is not a JSON object of an event's shape
   * @throws IndexOutOfBoundsException when the range is not inside {@code data}
   */
  public static ResponseStreamEvent parseEvent(String eventName, byte[] data, int offset,
      int length) {
    Objects.requireNonNull(data, "data");
    Objects.checkFromIndexSize(offset, length, data.length);
    return EventDecoder.named(eventName,
        ModelJson.read(data, offset, offset + length, ResponseStreamEvent.class));
  }

  /**
   * The shared JSON-B instance used for non-model types: Yasson with default settings. Model
   * types bind through it too (via their annotations).
   *
   * @return the instance; never close it
   */
  public static Jsonb jsonb() {
    return SharedJsonb.INSTANCE;
  }

  private static <T> T viaJsonb(String json, Class<T> type) {
    try {
      return jsonb().fromJson(json, type);
    } catch (ResponsesJsonException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ResponsesJsonException(
          "cannot read " + type.getSimpleName() + ": " + e.getMessage(), null, -1, null, e);
    }
  }

  /** Created on first use: a program that only reads model types never starts Yasson. */
  private static final class SharedJsonb {
    static final Jsonb INSTANCE = JsonbBuilder.create();
  }
}
