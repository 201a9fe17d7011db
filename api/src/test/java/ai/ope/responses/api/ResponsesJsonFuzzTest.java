package ai.ope.responses.api;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Arbitrary bytes read as a response, a create request and a stream event. Invariants: each
 * input ends in a value or in a {@link ResponsesJsonException} with a clear message; a value
 * writes back and reads again to the same JSON; text and stream input agree; and, as
 * {@link ResponsesJson} promises, the JSON written equals the JSON read, up to key order and
 * number spelling.
 *
 * <p>In a normal build this runs over the seeds in {@code ResponsesJsonFuzzTestInputs};
 * {@code scripts/fuzz.sh} fuzzes it for real.
 */
class ResponsesJsonFuzzTest {

  /** Bigger inputs find nothing new and only slow the fuzzer down. */
  static final int MAX_INPUT = 64 * 1024;

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void response(byte[] input) {
    if (input.length <= MAX_INPUT) {
      readsAndWritesBack(input, Response.class);
    }
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void createRequest(byte[] input) {
    if (input.length <= MAX_INPUT) {
      readsAndWritesBack(input, CreateResponseRequest.class);
    }
  }

  /** The first line is the SSE {@code event:} name (none without a line end), the rest data. */
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void streamEvent(byte[] input) {
    if (input.length > MAX_INPUT) {
      return;
    }
    String text = new String(input, StandardCharsets.UTF_8);
    int lineEnd = text.indexOf('\n');
    String name = lineEnd < 0 ? null : text.substring(0, lineEnd);
    String data = lineEnd < 0 ? text : text.substring(lineEnd + 1);
    ResponseStreamEvent event = FuzzInvariants.readOrDocumentedFailure(
        () -> ResponsesJson.parseEvent(name, data));
    if (event == null) {
      return;
    }
    String json = FuzzInvariants.writesBackStably(event, ResponseStreamEvent.class);
    JsonValue original = strictJsonWithUniqueKeys(data);
    if (original instanceof JsonObject object && !(object.get("type") instanceof JsonString)
        && name != null && !name.isEmpty()) {
      // The event: name stood in for the missing type; the rest must be as sent.
      FuzzInvariants.sameJson(withoutType(object), withoutType(parse(json).asJsonObject()));
    } else if (original != null) {
      FuzzInvariants.sameJson(original, parse(json));
    }
  }

  /** The invariants for one input, of any size. */
  static <T> void readsAndWritesBack(byte[] input, Class<T> type) {
    String text = new String(input, StandardCharsets.UTF_8);
    T value = FuzzInvariants.readOrDocumentedFailure(() -> ResponsesJson.fromJson(text, type));
    T streamed = FuzzInvariants.readOrDocumentedFailure(
        () -> ResponsesJson.fromJson(new ByteArrayInputStream(input), type));
    String json = value == null ? null : FuzzInvariants.writesBackStably(value, type);
    boolean plain = isPlainUtf8(input);
    if (streamed != null && (value == null || !plain)) {
      // (where both read the same text, the stream's value must write the text's JSON: below)
      FuzzInvariants.writesBackStably(streamed, type);
    }
    if (plain) {
      // The same text through the codec's own parser and through Parsson's: the same outcome.
      if ((value == null) != (streamed == null)) {
        throw new AssertionError("text and stream input disagree on whether this reads: "
            + (value == null ? "the text failed" : "the stream failed") + " for " + text);
      }
      if (value != null && !json.equals(ResponsesJson.toJson(streamed))) {
        throw new AssertionError("text and stream input read differently:\n" + json + "\n"
            + ResponsesJson.toJson(streamed));
      }
    }
    // The lossless promise, where it is well defined: strict JSON without repeated keys.
    JsonValue original = json == null ? null : strictJsonWithUniqueKeys(text);
    if (original != null) {
      FuzzInvariants.sameJson(original, parse(json));
    }
  }

  private static JsonObject withoutType(JsonObject object) {
    return Json.createObjectBuilder(object).remove("type").build();
  }

  private static JsonValue parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  /**
   * The text as JSON, or null when it is not strict JSON, repeats a key in an object, or has a
   * number that the tree to compare with cannot hold.
   */
  private static JsonValue strictJsonWithUniqueKeys(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      Deque<Set<String>> objects = new ArrayDeque<>();
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT) {
          objects.push(new HashSet<>());
        } else if (event == JsonParser.Event.END_OBJECT) {
          objects.pop();
        } else if (event == JsonParser.Event.KEY_NAME && !objects.peek().add(parser.getString())) {
          return null;
        }
      }
      return parse(text);
    } catch (JsonException notStrictJson) {
      return null;
    } catch (NumberFormatException beyondBigDecimal) {
      // Parsson's tree cannot hold 1e-30000000000000004 (the codec reads it into a double as 0)
      return null;
    }
  }

  /** Valid UTF-8 that a stream reader takes as UTF-8: no byte-order mark, no NUL up front. */
  private static boolean isPlainUtf8(byte[] input) {
    for (int i = 0; i < Math.min(4, input.length); i++) {
      if (input[i] == 0) {
        return false;
      }
    }
    if (input.length >= 3 && (input[0] & 0xff) == 0xEF && (input[1] & 0xff) == 0xBB
        && (input[2] & 0xff) == 0xBF) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input));
      return true;
    } catch (CharacterCodingException malformed) {
      return false;
    }
  }
}
