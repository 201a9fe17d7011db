package ai.ope.responses.api.internal;

import ai.ope.responses.api.ResponsesJsonException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Entry points of the model codec, for {@code ResponsesJson} and the JSON-B adapters. Every read
 * failure leaves here as a {@link ResponsesJsonException}.
 */
public final class ModelJson {

  private ModelJson() {}

  /** Whether the codec binds this class (a record or sealed interface of the model). */
  public static boolean isModel(Class<?> type) {
    return Codecs.isModel(type);
  }

  /**
   * Reads JSON text as a model type. The text is encoded to UTF-8 once and read by the byte
   * parser, the one hot path; text that UTF-8 cannot hold (a lone surrogate, outside any escape)
   * is read by Parsson as it is, so that nothing changes on the way.
   */
  public static <T> T read(String json, Type type) {
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    if (utf8.length != json.length() && hasLoneSurrogate(json)) {
      return read(JsonIo.PARSERS.createParser(new StringReader(json)), type, json);
    }
    return read(new Utf8JsonParser(utf8, 0, utf8.length, json), type, json);
  }

  /**
   * Reads UTF-8 JSON bytes held in memory as a model type.
   *
   * @param json the bytes; only {@code json[from, to)} is read, and nothing is kept
   */
  public static <T> T read(byte[] json, int from, int to, Type type) {
    return read(new Utf8JsonParser(json, from, to, null), type, null);
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Reads JSON bytes (UTF-8, or UTF-16/32 detected) as a model type; the stream stays open. */
  public static <T> T read(InputStream json, Type type) {
    JsonParser parser;
    try {
      parser = JsonIo.PARSERS.createParser(new Unclosed.Input(json));
    } catch (JsonException undetectable) {
      // The parser reads the first bytes as it is created, to detect the encoding: an empty or
      // one-byte input, or a failing stream, fails here, before the codec's own error handling.
      throw new ResponsesJsonException(
          "cannot read " + simpleName(type) + ": " + undetectable.getMessage(), "", 0, null,
          undetectable);
    }
    return read(parser, type, null);
  }

  /** Binds an in-memory JSON value as a model type. */
  public static <T> T read(JsonValue json, Type type) {
    return read(JsonIo.valueParser(json), type, null);
  }

  /** Reads one value of a type from a parser, every failure a {@link ResponsesJsonException}. */
  static <T> T read(JsonParser parser, Type type, CharSequence source) {
    Codec<T> codec = Codecs.of(type);
    try (parser) {
      if (!parser.hasNext()) {
        throw new DecodeException("no JSON value in the input", 0, null);
      }
      Event first = parser.next();
      if (first == Event.VALUE_NULL) {
        throw DecodeException.mismatch("a value", first, parser);
      }
      T value = codec.read(parser, first);
      if (hasMore(parser)) {
        throw DecodeException.invalid("unexpected content after the JSON value", parser);
      }
      return value;
    } catch (RuntimeException failure) {
      DecodeException decode = DecodeException.of(failure, parser);
      throw new ResponsesJsonException(
          "cannot read " + simpleName(type) + ": " + decode.getMessage(),
          decode.pointer(),
          decode.offset(),
          Excerpts.around(source == null && parser instanceof Utf8JsonParser bytes
              ? bytes.text() : source, decode.offset()),
          decode.getCause() != null ? decode.getCause() : decode);
    }
  }

  private static boolean hasMore(JsonParser parser) {
    try {
      return parser.hasNext();
    } catch (JsonException trailingGarbage) {
      return true;
    }
  }

  /** Writes a model value to a generator (used by the JSON-B serializer). */
  public static void write(Object value, JsonGenerator generator) {
    Codecs.<Object>of(value.getClass()).write(value, generator);
  }

  /** Writes a model value as compact JSON text. */
  public static String write(Object value) {
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  /** Writes a model value as compact JSON text; the writer is flushed, not closed. */
  public static void write(Object value, Writer out) {
    try (JsonGenerator generator = JsonIo.GENERATORS.createGenerator(
        new SurrogateEscapingWriter(new Unclosed.Chars(out)))) {
      write(value, generator);
    }
  }

  /** Writes a model value as UTF-8 JSON; the stream is flushed, not closed. */
  public static void write(Object value, OutputStream out) {
    // Through a writer, not the generator's own UTF-8 encoding: unpaired surrogates are escaped
    // on the way (see SurrogateEscapingWriter), so text and bytes say the same.
    try (JsonGenerator generator = JsonIo.GENERATORS.createGenerator(new SurrogateEscapingWriter(
        new OutputStreamWriter(new Unclosed.Bytes(out), StandardCharsets.UTF_8)))) {
      write(value, generator);
    }
  }

  /** The stream, with {@code close()} turned into nothing. */
  public static InputStream unclosed(InputStream in) {
    return new Unclosed.Input(in);
  }

  /** The stream, with {@code close()} turned into {@code flush()}. */
  public static OutputStream unclosed(OutputStream out) {
    return new Unclosed.Bytes(out);
  }

  /** A copy of an object with {@code "type"} set first. */
  public static JsonObject withType(JsonObject object, String type) {
    JsonObjectBuilder typed = JsonValues.PROVIDER.createObjectBuilder().add("type", type);
    object.forEach((key, value) -> {
      if (!key.equals("type")) {
        typed.add(key, value);
      }
    });
    return typed.build();
  }

  private static String simpleName(Type type) {
    return type instanceof Class<?> cls ? cls.getSimpleName() : type.getTypeName();
  }
}
