package ai.ope.responses.testkit;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One forwarded exchange turned into cassette files: secrets redacted, values normalised, only
 * allow-listed response headers kept, a stream's events with the pause before each, and a last
 * check that no secret is left before anything is written.
 */
final class RecordedExchange {

  private static final List<String> KEPT_HEADERS = List.of("content-type", "openai-processing-ms",
      "openai-version", "openai-model", "x-request-id", "retry-after", "retry-after-ms",
      "x-should-retry");
  private static final Map<String, ?> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

  private final RecordedRequest request;
  private final int status;
  private final Map<String, List<String>> headers;
  private final Recorder.Capture capture;
  private final boolean stream;

  RecordedExchange(RecordedRequest request, int status, Map<String, List<String>> headers,
      Recorder.Capture capture, boolean stream) {
    this.request = request;
    this.status = status;
    this.headers = headers;
    this.capture = capture;
    this.stream = stream;
  }

  /**
   * Writes the exchange into the cassette.
   *
   * @param normalizer the id and time normaliser, or null to keep values as received
   * @return a one-line account of what was recorded
   * @throws RecordingRefusedException when a secret would have been written
   */
  String write(CassetteWriter writer, SecretGuard guard, Normalizer normalizer)
      throws RecordingRefusedException {
    String requestBody = new String(request.body(), StandardCharsets.UTF_8);
    String responseBody = new String(capture.bytes(), StandardCharsets.UTF_8);
    List<String> events = stream ? events() : List.of();
    if (normalizer != null) {
      Json.parse(requestBody).ifPresent(normalizer::learn);
      if (stream) {
        events.forEach(event -> dataOf(event).flatMap(Json::parse).ifPresent(normalizer::learn));
      } else {
        Json.parse(responseBody).ifPresent(normalizer::learn);
      }
    }
    Clean clean = new Clean(guard, normalizer);
    String path = clean.text(request.path());
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<JsonValue> json = new ArrayList<>();
    files.put("request.json", requestFile(clean, path, requestBody, json));
    files.put("response.json", responseFile(clean, responseBody, json));
    if (stream) {
      files.put("response.sse", streamFile(clean, events, json));
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Optional<String> leak = guard.leak(new String(file.getValue(), StandardCharsets.UTF_8),
          json);
      if (leak.isPresent()) {
        throw new RecordingRefusedException("refused to record " + Recorder.describe(request)
            + ": " + leak.get() + " in " + file.getKey() + "; nothing was written");
      }
    }
    String slug = slug(request.method() + "-" + path.replaceFirst("^/v1/", ""));
    String folder = writer.write(slug, files).getFileName().toString();
    return "recorded " + Recorder.describe(request) + " -> " + status
        + (stream ? ", " + events.size() + " events" : "") + ", "
        + capture.duration().toMillis() + " ms as " + folder;
  }

  private byte[] requestFile(Clean clean, String path, String body, List<JsonValue> json) {
    JsonObjectBuilder file = Json.PROVIDER.createObjectBuilder()
        .add("method", request.method()).add("path", path);
    if (!request.query().isEmpty()) {
      file.add("query", clean.text(request.query()));
    }
    if (!body.isEmpty()) {
      file.add("body", clean.json(body, json));
    }
    return pretty(file.build());
  }

  private byte[] responseFile(Clean clean, String body, List<JsonValue> json) {
    JsonObjectBuilder kept = Json.PROVIDER.createObjectBuilder();
    headers.forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!values.isEmpty() && (KEPT_HEADERS.contains(lower)
          || lower.startsWith("x-ratelimit-"))) {
        kept.add(lower, clean.header(lower, values.get(0)));
      }
    });
    JsonObjectBuilder file = Json.PROVIDER.createObjectBuilder().add("status", status)
        .add("headers", kept);
    if (!stream && !body.isEmpty()) {
      file.add("body", clean.json(body, json));
    }
    return pretty(file.build());
  }

  /** The stream's events, each preceded by the pause before it as a {@code : +Nms} line. */
  private byte[] streamFile(Clean clean, List<String> events, List<JsonValue> json) {
    StringBuilder file = new StringBuilder();
    List<Integer> ends = SseSegments.of(capture.bytes()).ends();
    long previous = 0;
    for (int i = 0; i < events.size(); i++) {
      long arrived = i < ends.size() ? capture.arrivalOf(ends.get(i) - 1) : previous;
      long pause = Math.max(0, (arrived - previous) / 1_000_000);
      previous = arrived;
      if (pause > 0) {
        file.append(": +").append(pause).append("ms\n");
      }
      String event = clean.text(events.get(i));
      dataOf(event).flatMap(Json::parse).ifPresent(json::add);
      file.append(event);
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The stream split into its events' texts; bytes after the last complete event too. */
  private List<String> events() {
    byte[] bytes = capture.bytes();
    List<String> events = new ArrayList<>();
    int start = 0;
    for (int end : SseSegments.of(bytes).ends()) {
      events.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
      start = end;
    }
    if (start < bytes.length) {
      events.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }
    return events;
  }

  /** The data of an event, its {@code data:} lines joined. */
  private static Optional<String> dataOf(String event) {
    StringBuilder data = null;
    for (String line : event.split("\r\n|\r|\n")) {
      if (line.startsWith("data:")) {
        String value = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
    }
    return Optional.ofNullable(data).map(StringBuilder::toString);
  }

  private static byte[] pretty(JsonValue value) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer = Json.PROVIDER.createWriterFactory(PRETTY).createWriter(text)) {
      writer.write(value);
    }
    return (text.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static String slug(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-")
        .replaceAll("(^-+|-+$)", "");
    return slug.length() > 60 ? slug.substring(0, 60) : slug;
  }

  /** Redaction, then normalisation, of each text. */
  private record Clean(SecretGuard guard, Normalizer normalizer) {

    String text(String text) {
      String redacted = guard.redact(text);
      return normalizer == null ? redacted : normalizer.apply(redacted);
    }

    String header(String name, String value) {
      String redacted = guard.redact(value);
      return normalizer == null ? redacted : normalizer.header(name, redacted);
    }

    /** A body as JSON to embed (as a string when it is not JSON), noted for the leak check. */
    JsonValue json(String body, List<JsonValue> parsed) {
      String cleaned = text(body);
      Optional<JsonValue> value = Json.parse(cleaned);
      value.ifPresent(parsed::add);
      return value.orElseGet(() -> Json.PROVIDER.createValue(cleaned));
    }
  }
}
