package ai.ope.responses.testkit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A received request as {@code GET /__admin/requests} shows it: everything the server got but
 * credentials, and what answered it.
 */
final class JournalView {

  /** Larger bodies are cut: a journal of multi-megabyte requests would not fit a console. */
  static final int BODY_LIMIT = 1024 * 1024;

  private JournalView() {}

  static JsonObject of(RecordedRequest request) {
    JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder()
        .add("sequence", request.sequence())
        .add("method", request.method())
        .add("path", request.path())
        .add("query", request.query());
    headers(json, request.headers());
    body(json, request);
    return json.add("received_at", request.receivedAt().toString())
        .add("status", request.status())
        .add("answered_by", request.answeredBy())
        .build();
  }

  /**
   * Names in lower case, values joined with {@code ", "}; credentials left out, their names
   * listed in {@code withheld_headers} so a test can still check that a key was sent.
   */
  private static void headers(JsonObjectBuilder json, Map<String, List<String>> headers) {
    JsonObjectBuilder shown = Json.PROVIDER.createObjectBuilder();
    JsonArrayBuilder withheld = Json.PROVIDER.createArrayBuilder();
    Map<String, List<String>> sorted = new TreeMap<>();
    headers.forEach((name, values) -> sorted.put(name.toLowerCase(Locale.ROOT), values));
    sorted.forEach((name, values) -> {
      if (CredentialHeaders.isCredential(name)) {
        withheld.add(name);
      } else {
        shown.add(name, String.join(", ", values));
      }
    });
    json.add("headers", shown).add("withheld_headers", withheld);
  }

  /** The JSON value of a JSON body, else its text; null when empty; cut beyond the limit. */
  private static void body(JsonObjectBuilder json, RecordedRequest request) {
    byte[] body = request.body();
    json.add("body_bytes", body.length);
    if (body.length == 0) {
      json.add("body", JsonValue.NULL);
    } else if (body.length > BODY_LIMIT) {
      json.add("body", new String(Arrays.copyOf(body, BODY_LIMIT), StandardCharsets.UTF_8))
          .add("body_truncated", true);
    } else {
      json.add("body", request.json()
          .orElseGet(() -> Json.PROVIDER.createValue(request.bodyAsString())));
    }
  }
}
