package ai.ope.responses.testkit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A received request as {@code GET /__admin/requests} shows it: everything the server got but
 * credentials, what answered it and what it sent back ({@link ResponseView}), and why strict
 * mode refused it.
 */
final class JournalView {

  /** Larger bodies are cut: a journal of multi-megabyte requests would not fit a console. */
  static final int BODY_LIMIT = 1024 * 1024;
  /** Differences listed of a strict-mode miss; the count says how many there were. */
  private static final int DIFFERENCES_SHOWN = 100;
  /** Longer values of a difference are cut: a whole recorded input may differ. */
  private static final int VALUE_LIMIT = 64 * 1024;

  private JournalView() {}

  static JsonObject of(RecordedRequest request) {
    JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder()
        .add("sequence", request.sequence())
        .add("method", request.method())
        .add("path", request.path())
        .add("query", request.query());
    if (request.overWebSocket()) {
      // only on WebSocket events, so an HTTP entry reads as it always did
      json.add("transport", "websocket");
      request.streamId().ifPresent(lane -> json.add("stream_id", lane));
    }
    headers(json, request.headers());
    body(json, request);
    json.add("received_at", request.receivedAt().toString())
        .add("status", request.status())
        .add("answered_by", request.answeredBy());
    request.response().ifPresent(response -> {
      response.duration().ifPresent(duration ->
          json.add("duration_ms", ResponseView.millis(duration)));
      json.add("response", ResponseView.of(response));
    });
    request.strictMiss().ifPresent(miss -> json.add("strict_miss", strictMiss(miss)));
    return json.build();
  }

  /** The nearest recording and each difference from it, values cut when very long. */
  private static JsonObjectBuilder strictMiss(StrictMiss miss) {
    JsonArrayBuilder differences = Json.PROVIDER.createArrayBuilder();
    miss.differences().stream().limit(DIFFERENCES_SHOWN).forEach(difference -> {
      JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder()
          .add("pointer", difference.pointer());
      if (difference.recorded() != null) {
        json.add("recorded", bounded(difference.recorded()));
      }
      if (difference.received() != null) {
        json.add("received", bounded(difference.received()));
      }
      differences.add(json.add("message", difference.message()));
    });
    JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder();
    if (miss.nearest() == null) {
      json.addNull("nearest");
    } else {
      json.add("nearest", miss.nearest().name());
    }
    return json.add("differences", differences)
        .add("differences_total", miss.differences().size());
  }

  /** A value as it is, or the start of its JSON text when that is over the limit. */
  private static JsonValue bounded(JsonValue value) {
    String text = value.toString();
    return text.length() <= VALUE_LIMIT ? value
        : Json.PROVIDER.createValue(text.substring(0, VALUE_LIMIT) + "…");
  }

  /**
   * Names in lower case, values joined with {@code ", "}; credentials left out, their names
   * listed in {@code withheld_headers} so a test can still check that a key was sent.
   */
  private static void headers(JsonObjectBuilder json, Map<String, List<String>> headers) {
    headers(json, headers, CredentialHeaders::isCredential);
  }

  /** As above, withholding the headers (named in lower case) that {@code withheld} picks. */
  static void headers(JsonObjectBuilder json, Map<String, List<String>> headers,
      Predicate<String> withheld) {
    JsonObjectBuilder shown = Json.PROVIDER.createObjectBuilder();
    JsonArrayBuilder withheldNames = Json.PROVIDER.createArrayBuilder();
    Map<String, List<String>> sorted = new TreeMap<>();
    headers.forEach((name, values) -> sorted.put(name.toLowerCase(Locale.ROOT), values));
    sorted.forEach((name, values) -> {
      if (withheld.test(name)) {
        withheldNames.add(name);
      } else {
        shown.add(name, String.join(", ", values));
      }
    });
    json.add("headers", shown).add("withheld_headers", withheldNames);
  }

  /**
   * The JSON value of a JSON body, else its text; null when empty; cut beyond the limit; base64
   * in {@code body_base64} when the bytes are not UTF-8 (a page must show them escaped).
   */
  private static void body(JsonObjectBuilder json, RecordedRequest request) {
    byte[] body = request.body();
    json.add("body_bytes", body.length);
    if (body.length == 0) {
      json.add("body", JsonValue.NULL);
      return;
    }
    boolean cut = body.length > BODY_LIMIT;
    byte[] shown = cut ? Arrays.copyOf(body, BODY_LIMIT) : body;
    String text = ResponseView.utf8(shown, cut);
    if (text == null) {
      json.add("body_base64", Base64.getEncoder().encodeToString(shown));
    } else if (cut) {
      json.add("body", text);
    } else {
      json.add("body", request.json().orElseGet(() -> Json.PROVIDER.createValue(text)));
    }
    if (cut) {
      json.add("body_truncated", true);
    }
  }
}
