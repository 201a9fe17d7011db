package ai.ope.responses.api;

import ai.ope.responses.api.internal.DecodeException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * What every fuzz test of the model checks, without assertion libraries (the fuzzer calls these
 * millions of times): a read ends in a value or in the documented {@link ResponsesJsonException}
 * with a clear message, and whatever was read writes back and reads again to the same JSON.
 */
// public for the fuzz tests of the api's other packages
public final class FuzzInvariants {

  private FuzzInvariants() {}

  /**
   * Runs a read.
   *
   * @return the value, or null when it failed as documented
   * @throws AssertionError when it returned null, or failed some other way
   */
  public static <T> T readOrDocumentedFailure(Supplier<T> read) {
    T value;
    try {
      value = read.get();
    } catch (ResponsesJsonException documented) {
      checkDocumented(documented);
      return null;
    }
    if (value == null) {
      throw new AssertionError("a read returned null instead of a value or an exception");
    }
    return value;
  }

  /**
   * A documented failure must say what went wrong: its message names the problem, and it does not
   * hide a programming error (a NullPointerException, say) that the codec caught and wrapped.
   */
  static void checkDocumented(ResponsesJsonException e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      throw new AssertionError("a ResponsesJsonException without a clear message", e);
    }
    Throwable cause = e.getCause();
    if (cause != null && !(cause instanceof DecodeException) && !(cause instanceof JsonException)) {
      throw new AssertionError("an undocumented failure inside a ResponsesJsonException", e);
    }
  }

  /**
   * The lossless promise of {@link ResponsesJson}: what was read is what is written, up to key
   * order, number spelling (a number read into a {@code double} counts as the same number when
   * it is the same {@code double}) and an implied {@code type}.
   *
   * @throws AssertionError naming the first difference
   */
  public static void sameJson(JsonValue read, JsonValue written) {
    String difference = difference("", read, written);
    if (difference != null) {
      throw new AssertionError("writing back lost or changed something at " + difference
          + "\nread:    " + read + "\nwritten: " + written);
    }
  }

  private static String difference(String at, JsonValue read, JsonValue written) {
    if (read.getValueType() != written.getValueType()) {
      return at + ": " + read + " became " + written;
    }
    switch (read.getValueType()) {
      case OBJECT:
        JsonObject left = read.asJsonObject();
        JsonObject right = written.asJsonObject();
        if (!left.containsKey("type") && right.get("type") instanceof JsonString) {
          // a part whose type its place implies (a reasoning summary's) may leave it out
          right = Json.createObjectBuilder(right).remove("type").build();
        }
        if (!left.keySet().equals(right.keySet())) {
          return at + ": members " + left.keySet() + " became " + right.keySet();
        }
        for (String key : left.keySet()) {
          String difference = difference(at + "/" + key, left.get(key), right.get(key));
          if (difference != null) {
            return difference;
          }
        }
        return null;
      case ARRAY:
        JsonArray first = read.asJsonArray();
        JsonArray second = written.asJsonArray();
        if (first.size() != second.size()) {
          return at + ": " + first.size() + " elements became " + second.size();
        }
        for (int i = 0; i < first.size(); i++) {
          String difference = difference(at + "/" + i, first.get(i), second.get(i));
          if (difference != null) {
            return difference;
          }
        }
        return null;
      case NUMBER:
        BigDecimal was = ((JsonNumber) read).bigDecimalValue();
        BigDecimal is = ((JsonNumber) written).bigDecimalValue();
        return was.compareTo(is) == 0 || was.doubleValue() == is.doubleValue() ? null
            : at + ": " + read + " became " + written;
      default:
        return read.equals(written) ? null : at + ": " + read + " became " + written;
    }
  }

  /**
   * Writes a value read from JSON back, both ways (text and stream), reads that again as the same
   * type and writes it once more: the two writes must be the same JSON.
   *
   * @return the JSON written
   */
  public static String writesBackStably(Object value, Class<?> type) {
    String json = ResponsesJson.toJson(value);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResponsesJson.toJson(value, out);
    if (!json.equals(out.toString(StandardCharsets.UTF_8))) {
      throw new AssertionError("toJson(value) and toJson(value, stream) differ:\n" + json + "\n"
          + out.toString(StandardCharsets.UTF_8));
    }
    Object again;
    try {
      again = ResponsesJson.fromJson(json, type);
    } catch (ResponsesJsonException e) {
      throw new AssertionError("what was written does not read again: " + json, e);
    }
    String rewritten = ResponsesJson.toJson(again);
    if (!json.equals(rewritten)) {
      throw new AssertionError("a second round trip changed the JSON:\n" + json + "\n" + rewritten);
    }
    return json;
  }
}
