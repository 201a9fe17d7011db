package ai.ope.responses.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The recording half of a server: forwards a request to the upstream, answers the caller live
 * (a stream is passed on as its bytes arrive), then writes the exchange, made safe, into the
 * cassette.
 */
final class Recorder {

  /** Request headers passed upstream; authorization is set apart, nothing else is forwarded. */
  static final Set<String> FORWARDED =
      Set.of("content-type", "accept", "openai-organization", "openai-project", "openai-beta",
          "user-agent", "idempotency-key");
  /** Response headers that do not describe the body the caller gets from us. */
  private static final Set<String> HOP_BY_HOP =
      Set.of("content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding",
          "date", ":status");

  private final Recording recording;
  private final CassetteWriter writer;
  private final Normalizer normalizer;
  private final HttpClient http;
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final Consumer<String> listener;

  private Recorder(Recording recording, Consumer<String> listener, boolean fresh) {
    this.recording = recording;
    this.writer = new CassetteWriter(recording.folder());
    // a cassette recorded again from scratch numbers its ids from 1 again, so that recording
    // it twice gives the same files
    this.normalizer = new Normalizer(fresh ? List.of()
        : CassetteWriter.existingTexts(recording.folder()));
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.listener = listener;
  }

  /**
   * Prepares a recording: loads what the mode replays into the matcher, clears what it records
   * again, and returns the recorder, or null when the mode only replays.
   */
  static Recorder start(Recording recording, CassetteMatcher cassettes,
      Consumer<String> listener) {
    RecordMode mode = recording.effectiveMode();
    boolean exists = CassetteWriter.hasInteractions(recording.folder());
    if (mode != RecordMode.ALL && exists) {
      cassettes.add(Cassette.load(recording.folder()));
    }
    if (mode == RecordMode.NONE || mode == RecordMode.ONCE && exists) {
      return null;
    }
    Recorder recorder = new Recorder(recording, listener, mode == RecordMode.ALL);
    if (mode == RecordMode.ALL) {
      recorder.writer.clear();
    }
    return recorder;
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Forwards the request and answers the caller with the upstream's answer, then records it. */
  void forward(Exchange exchange, RecordedRequest request) throws IOException {
    long started = System.nanoTime();
    HttpResponse<InputStream> upstream;
    String token = bearerToken(request);
    try {
      upstream = http.send(upstreamRequest(request, token),
          HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      String problem = describe(request) + ": the upstream " + recording.upstream()
          + " did not answer (" + e + "); nothing recorded";
      problem(problem);
      writeError(exchange, problem);
      return;
    }
    upstream.headers().map().forEach((name, values) -> {
      if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> exchange.addHeader(name, value));
      }
    });
    String contentType = upstream.headers().firstValue("content-type").orElse("");
    Capture capture = new Capture(started);
    boolean stream = contentType.startsWith("text/event-stream");
    // Recorded before the caller sees the end of the answer: once a call returns, its
    // interaction is in the cassette.
    try (InputStream body = upstream.body(); OutputStream out = exchange.responseBody()) {
      if (stream) {
        exchange.sendHeaders(upstream.statusCode(), 0);
        capture.passThrough(body, out);
        record(request, token, upstream, capture, true);
      } else {
        byte[] bytes = body.readAllBytes();
        capture.whole(bytes);
        record(request, token, upstream, capture, false);
        exchange.sendHeaders(upstream.statusCode(), bytes.length == 0 ? -1 : bytes.length);
        out.write(bytes);
      }
    }
  }

  private void record(RecordedRequest request, String token, HttpResponse<InputStream> upstream,
      Capture capture, boolean stream) {
    RecordedExchange exchange = new RecordedExchange(request, upstream.statusCode(),
        upstream.headers().map(), capture, stream);
    try {
      listener.accept(exchange.write(writer, guard(token), normalizer()));
    } catch (RecordingRefusedException refused) {
      problem(refused.getMessage());
    }
  }

  /**
   * Writes a WebSocket connection that was passed through, made safe as an HTTP exchange is, into
   * the same cassette with the same id map.
   *
   * @param connection what crossed the connection
   * @param token the bearer token the client opened it with, or null
   */
  void record(RecordedConnection connection, String token) {
    try {
      listener.accept(connection.write(writer, guard(token), normalizer()));
    } catch (RecordingRefusedException refused) {
      problem(refused.getMessage());
    }
  }

  /** Notes what could not be recorded, for {@link #problems()} and the listener. */
  void problem(String problem) {
    problems.add(problem);
    listener.accept(problem);
  }

  /** The recording's settings. */
  Recording recording() {
    return recording;
  }

  /** The client the upstream is reached with. */
  HttpClient http() {
    return http;
  }

  /** The secrets of the recording, the caller's token and the API key. */
  private SecretGuard guard(String token) {
    List<String> secrets = new ArrayList<>(recording.secrets());
    secrets.add(token);
    secrets.add(recording.apiKey());
    return new SecretGuard(secrets);
  }

  private Normalizer normalizer() {
    return recording.normalizes() ? normalizer : null;
  }

  /**
   * The upstream's address for a path of ours: what follows {@code /v1} appended to the
   * upstream's base, with the query.
   */
  URI upstreamUri(String path, String query) {
    String tail = path.startsWith("/v1") ? path.substring(3) : path;
    return URI.create(recording.upstream() + tail + (query.isEmpty() ? "" : "?" + query));
  }

  private HttpRequest upstreamRequest(RecordedRequest request, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(
        upstreamUri(request.path(), request.query()))
        .method(request.method(), request.body().length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request.headers().forEach((name, values) -> {
      if (FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> builder.header(name, value));
      }
    });
    String key = upstreamKey(token);
    if (key != null) {
      builder.header("Authorization", "Bearer " + key);
    }
    return builder.build();
  }

  /**
   * The key the upstream is called with: the recording's, else the client's bearer token.
   *
   * @param token the client's bearer token, or null
   * @return the key, or null when there is neither
   */
  String upstreamKey(String token) {
    return recording.apiKey() != null ? recording.apiKey() : token;
  }

  static String bearerToken(RecordedRequest request) {
    return request.header("Authorization")
        .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(value -> value.substring(7).strip()).orElse(null);
  }

  static String describe(RecordedRequest request) {
    return request.method() + " " + request.path()
        + (request.query().isEmpty() ? "" : "?" + request.query());
  }

  /** The 502 error body telling the client the upstream could not be reached. */
  static String unreachableEnvelope(String problem) {
    return ApiErrors.envelope(problem, "upstream_error", null, "upstream_unreachable");
  }

  private static void writeError(Exchange exchange, String problem) throws IOException {
    byte[] body = unreachableEnvelope(problem).getBytes(StandardCharsets.UTF_8);
    exchange.setHeader("content-type", "application/json");
    exchange.sendHeaders(502, body.length);
    try (OutputStream out = exchange.responseBody()) {
      out.write(body);
    }
  }

  /** What came back: the bytes, and for a stream when each piece arrived. */
  static final class Capture {
    private final long started;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<long[]> arrivals = new ArrayList<>();
    private long finished;

    Capture(long started) {
      this.started = started;
    }

    void passThrough(InputStream body, OutputStream out) throws IOException {
      // a buffer per read: the journal keeps what is written to the caller by reference
      for (byte[] buffer = new byte[8192]; ; buffer = new byte[8192]) {
        int read = body.read(buffer);
        if (read < 0) {
          break;
        }
        out.write(buffer, 0, read);
        out.flush();
        bytes.write(buffer, 0, read);
        arrivals.add(new long[] {bytes.size(), System.nanoTime()});
      }
      finished = System.nanoTime();
    }

    void whole(byte[] body) throws IOException {
      bytes.write(body);
      finished = System.nanoTime();
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }

    /** When the byte at this offset arrived, in nanoseconds since the request was sent. */
    long arrivalOf(int offset) {
      for (long[] arrival : arrivals) {
        if (arrival[0] >= offset) {
          return arrival[1] - started;
        }
      }
      return finished - started;
    }

    Duration duration() {
      return Duration.ofNanos(finished - started);
    }
  }
}
