package ai.ope.responses.api;

import ai.ope.responses.api.internal.DecodeException;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
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
    String difference = JsonEquality.lenientDifference(read, written);
    if (difference != null) {
      throw new AssertionError("writing back lost or changed something at " + difference
          + "\nread:    " + read + "\nwritten: " + written);
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
