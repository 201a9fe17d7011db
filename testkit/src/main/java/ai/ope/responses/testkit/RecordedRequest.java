package ai.ope.responses.testkit;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.ResponsesJson;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the fake server received, exactly as it arrived: method, path, query, headers and
 * body. Tests use it to assert what their code sent ({@link FakeResponsesServer#takeRequest()}).
 *
 * <p>{@link #toString()} names the request without its headers or body: headers carry the
 * {@code Authorization} key.
 */
public final class RecordedRequest {

  private final int sequence;
  private final String method;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Instant receivedAt;
  /** The body parsed once, on first use (matching compares it with many recordings). */
  private volatile Optional<JsonValue> json;
  private volatile String text;
  /** What answered the request, and with which status; set once the server has decided. */
  private volatile String answeredBy = "";
  private volatile int status = -1;
  /** What was sent back, noted as it goes out; null for a request built outside a server. */
  private volatile ResponseCapture capture;
  /** Why strict mode refused the request: the nearest recording and the differences. */
  private volatile StrictMiss strictMiss;
  /** Whether it came as a WebSocket frame, and on which lane (null: the default lane). */
  private final boolean webSocket;
  private final String streamId;
  /** Whether the WebSocket event asked for a warm-up ({@code generate: false}). */
  private final boolean warmUp;

  RecordedRequest(int sequence, String method, String path, String query,
      Map<String, List<String>> headers, byte[] body, Instant receivedAt) {
    this(sequence, method, path, query, headers, body, receivedAt, false, null, false);
  }

  /** A request that arrived as a WebSocket frame when {@code webSocket} is true. */
  RecordedRequest(int sequence, String method, String path, String query,
      Map<String, List<String>> headers, byte[] body, Instant receivedAt, boolean webSocket,
      String streamId, boolean warmUp) {
    this.webSocket = webSocket;
    this.streamId = streamId;
    this.warmUp = warmUp;
    this.sequence = sequence;
    this.method = method;
    this.path = path;
    this.query = query;
    TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> caseInsensitive.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(caseInsensitive);
    this.body = body.clone();
    this.receivedAt = receivedAt;
  }

  /**
   * The position of this request among all the server received, from 1.
   *
   * @return the sequence number
   */
  public int sequence() {
    return sequence;
  }

  /**
   * The HTTP method.
   *
   * @return e.g. {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * The path, without the query.
   *
   * @return e.g. {@code /v1/responses}
   */
  public String path() {
    return path;
  }

  /**
   * The raw query string.
   *
   * @return e.g. {@code limit=5&order=asc}; empty when there was none
   */
  public String query() {
    return query;
  }

  /**
   * Every header as received, names case-insensitive.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, if the header was sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Whether the request arrived as a frame on a WebSocket connection to {@code /v1/responses}
   * rather than as an HTTP request. Such a request is journaled as a {@code POST} to the
   * connection's path, with the headers of the request that opened the connection and, as its
   * body, the create fields of the {@code response.create} event: without its WebSocket-only
   * {@code type}, {@code stream_id} and {@code generate} members (a frame that is no readable
   * {@code response.create} event is kept as it came).
   *
   * @return true for a WebSocket frame, false for an HTTP request
   */
  public boolean overWebSocket() {
    return webSocket;
  }

  /**
   * The WebSocket lane ({@code stream_id}) a {@code response.create} event named.
   *
   * @return the lane; empty for an HTTP request and for an event on the default lane
   */
  public Optional<String> streamId() {
    return Optional.ofNullable(streamId);
  }

  /**
   * Whether this WebSocket {@code response.create} event asked only to warm the connection up
   * ({@code generate: false}): answered with a response without output.
   *
   * @return true for a warm-up event; false for a turn and for an HTTP request
   */
  public boolean warmUp() {
    return warmUp;
  }

  /**
   * The body bytes.
   *
   * @return a copy of the body; empty when there was none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text; empty when there was none
   */
  public String bodyAsString() {
    String decoded = text;
    if (decoded == null) {
      decoded = new String(body, StandardCharsets.UTF_8);
      text = decoded;
    }
    return decoded;
  }

  /**
   * The body as JSON, when it is JSON.
   *
   * @return the value; empty when the body is empty or not JSON
   */
  public Optional<JsonValue> json() {
    Optional<JsonValue> parsed = json;
    if (parsed == null) {
      parsed = Json.parse(bodyAsString());
      json = parsed;
    }
    return parsed;
  }

  /**
   * The body read as a model type.
   *
   * @param type e.g. {@link CreateResponseRequest}
   * @param <T> the type
   * @return the value
   * @throws ai.ope.responses.api.ResponsesJsonException when the body is not of that shape
   */
  public <T> T bodyAs(Class<T> type) {
    return ResponsesJson.fromJson(bodyAsString(), type);
  }

  /**
   * The moment the request arrived.
   *
   * @return the time it was received
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * What answered this request, for a test or the admin API to show: {@code queued reply #2},
   * {@code stub #1}, {@code cassette interaction 002-stream}, {@code built-in model},
   * {@code validation: Unknown parameter: 'bogus'.}, {@code unmatched: …}, {@code built-in
   * endpoint}...
   *
   * @return the description; empty while the request is still being answered
   */
  public String answeredBy() {
    return answeredBy;
  }

  /**
   * The HTTP status the server answered with.
   *
   * @return the status; 0 when the connection was dropped before a status line (a scripted
   *     reset), -1 while the request is still being answered
   */
  public int status() {
    return status;
  }

  /**
   * What the server sent back: status, headers, body, the events of a stream with when each was
   * written, and how the answer ended. Useful to check what a client was given, e.g. that a
   * stream was cut where the test scripted it.
   *
   * @return a snapshot of what was sent so far; empty until the response headers went out (or
   *     the connection was reset before them)
   */
  public Optional<RecordedResponse> response() {
    ResponseCapture sent = capture;
    return sent == null ? Optional.empty() : Optional.ofNullable(sent.snapshot());
  }

  /** Starts noting what is sent back; the capture is filled by the exchange that answers. */
  void capture(ResponseCapture sent) {
    this.capture = sent;
  }

  /** Notes why strict mode refused the request. */
  void missed(StrictMiss miss) {
    this.strictMiss = miss;
  }

  /** Why strict mode refused the request, if it did. */
  Optional<StrictMiss> strictMiss() {
    return Optional.ofNullable(strictMiss);
  }

  /** Notes what answered, once the server has decided. */
  void answered(String by, int answeredStatus) {
    this.answeredBy = by;
    this.status = answeredStatus;
  }

  @Override
  public String toString() {
    return "#" + sequence + " " + method + " " + path + (query.isEmpty() ? "" : "?" + query)
        + " (" + body.length + " bytes" + (webSocket ? ", over WebSocket" : "") + ")";
  }
}
