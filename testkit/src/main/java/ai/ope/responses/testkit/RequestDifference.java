package ai.ope.responses.testkit;

import jakarta.json.JsonValue;

/**
 * One way a request differs from a recorded one, as data for the admin API and as the text of
 * the strict-mode 400.
 *
 * @param pointer where: a JSON pointer into the body ({@code /input/0/content}; {@code ""} for
 *     the whole body), or {@code method}, {@code path} or {@code query}
 * @param recorded the recorded value, or null where the recording has none
 * @param received the received value, or null where the request has none
 * @param message the difference in words, e.g. {@code body /model: recorded "a", received "b"}
 */
record RequestDifference(String pointer, JsonValue recorded, JsonValue received,
    String message) {

  /** A difference of the method, path or query: plain strings on both sides. */
  static RequestDifference of(String part, String recorded, String received, String message) {
    return new RequestDifference(part, Json.PROVIDER.createValue(recorded),
        Json.PROVIDER.createValue(received), message);
  }
}
