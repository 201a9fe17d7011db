package ai.ope.responses.testkit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * What the server sent back, as the {@code response} of a {@code GET /__admin/requests} entry:
 * status, headers, the body as JSON, text or base64 (bytes that are not UTF-8), and for a stream
 * its events with their times, the text so far, and how it ended.
 */
final class ResponseView {

  /** Response headers that may carry a session; none of the API's answers has them. */
  private static final Set<String> WITHHELD = Set.of("set-cookie", "set-cookie2",
      "authorization", "proxy-authorization", "cookie");

  private ResponseView() {}

  static JsonObjectBuilder of(RecordedResponse response) {
    JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder().add("status", response.status());
    JournalView.headers(json, response.headers(), WITHHELD::contains);
    body(json, response);
    if (response.isEventStream()) {
      JsonArrayBuilder events = Json.PROVIDER.createArrayBuilder();
      response.events().forEach(event -> events.add(event(event)));
      json.add("events", events);
      if (response.eventsTruncated()) {
        json.add("events_truncated", true);
      }
      json.add("text", response.text());
    }
    response.ending().ifPresent(ending -> json.add("ending", ending));
    return json;
  }

  /** Milliseconds with one decimal, as a JSON number. */
  static BigDecimal millis(Duration duration) {
    return BigDecimal.valueOf(Math.round(duration.toNanos() / 100_000.0), 1);
  }

  /** JSON when the whole body is JSON, else its text; base64 when the bytes are not UTF-8. */
  private static void body(JsonObjectBuilder json, RecordedResponse response) {
    json.add("body_bytes", response.bodyBytes());
    byte[] bytes = response.body();
    boolean cut = response.bodyBytes() > JournalView.BODY_LIMIT;
    byte[] shown = cut ? Arrays.copyOf(bytes, Math.min(bytes.length, JournalView.BODY_LIMIT))
        : bytes;
    if (shown.length == 0) {
      json.add("body", JsonValue.NULL);
    } else {
      String text = utf8(shown, cut);
      if (text == null) {
        json.add("body_base64", Base64.getEncoder().encodeToString(shown));
      } else if (cut || response.bodyTruncated() || response.isEventStream()) {
        json.add("body", text);
      } else {
        json.add("body", Json.parse(text).orElseGet(() -> Json.PROVIDER.createValue(text)));
      }
    }
    if (cut || response.bodyTruncated()) {
      json.add("body_truncated", true);
    }
  }

  /**
   * The bytes as text, or null when they are not UTF-8. A cut body may end inside a character:
   * those last bytes are left out rather than taken for binary.
   */
  static String utf8(byte[] bytes, boolean cut) {
    for (int dropped = 0; dropped <= (cut ? Math.min(3, bytes.length) : 0); dropped++) {
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, 0, bytes.length - dropped)).toString();
      } catch (CharacterCodingException notUtf8) {
        // try without one more trailing byte, if cut
      }
    }
    return null;
  }

  private static JsonObjectBuilder event(RecordedEvent event) {
    JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder()
        .add("offset_ms", millis(event.offset()));
    nullable(json, "event", event.name().orElse(null));
    nullable(json, "type", event.type().orElse(null));
    if (event.sequenceNumber().isPresent()) {
      json.add("sequence_number", event.sequenceNumber().getAsLong());
    } else {
      json.addNull("sequence_number");
    }
    event.delta().ifPresent(delta -> json.add("delta", delta));
    return json.add("data_bytes", event.dataBytes())
        .add("data", event.json().orElseGet(() -> Json.PROVIDER.createValue(event.data())));
  }

  private static void nullable(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
