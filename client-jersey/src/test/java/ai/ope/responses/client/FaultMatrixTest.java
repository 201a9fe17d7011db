package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.OutputItemDoneEvent;
import ai.ope.responses.api.stream.ResponseCreatedEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import ai.ope.responses.testkit.RequestMatcher;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every fault of the reliability matrix, against both {@code create} and {@code stream}: what
 * the caller gets, how many requests reached the server, and whether a stream's partial response
 * is kept. Unless a row says otherwise, the server answers every attempt with the fault, so the
 * request count shows the retries (two by default). Each test records its row before asserting,
 * and the whole table is printed and written to {@code target/fault-matrix.md} at the end: it is
 * the table of {@code docs/reliability.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultMatrixTest {

  /**
   * Generous, so that a busy machine never turns a slow answer into a retry. The faults about
   * timeouts set a short one per request: {@link RequestOptions#readTimeout()} is a create's
   * read timeout and a stream's idle timeout.
   */
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);
  private static final String TEXT = "The quick brown fox jumps over the lazy dog";
  /** Events of {@link #TEXT} in five deltas: created … completed. */
  private static final int EVENTS = 13;
  private static final FaultMatrix MATRIX = new FaultMatrix();

  private static FakeResponsesServer server;
  private static ResponsesClient client;

  @BeforeAll
  static void start() {
    server = FakeResponsesServer.start();
    // The retry count is the default, the backoff is short: the matrix shows what users get,
    // in a few seconds.
    client = TestTransport.on(ResponsesClient.builder()).lookup(name -> null)
        .apiKey(FakeServerFixture.KEY).baseUrl(server.baseUri().toString())
        .connectTimeout(Duration.ofSeconds(5)).readTimeout(TIMEOUT)
        .streamIdleTimeout(TIMEOUT).timeout(Duration.ofSeconds(20)).maxRetries(2)
        .initialRetryDelay(Duration.ofMillis(10)).build();
  }

  @AfterAll
  static void report() {
    client.close();
    server.close();
    String table = MATRIX.markdown();
    String file = "fault-matrix" + TestTransport.suffix() + ".md";
    MATRIX.writeTo(Path.of("target", file));
    System.out.println("Fault matrix (also in target/" + file + "):\n" + table);
  }

  @Test
  @Order(1)
  void rateLimitWithRetryAfterIsWaitedOutOnce() {
    Reply limited = Reply.error(429, "requests", "rate_limit_exceeded", "Slow down.")
        .withHeader("retry-after", "1");
    long start = System.nanoTime();
    FaultCell create = create(limited, Reply.text(TEXT));
    long createMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    FaultCell stream = stream(limited, Reply.text(TEXT));
    long streamMillis = (System.nanoTime() - start) / 1_000_000;
    MATRIX.add("429 with `Retry-After: 1`, then 200", create, "after waiting 1 s", stream,
        "after waiting 1 s");

    assertSucceeded(create, 2);
    assertSucceeded(stream, 2);
    assertThat(createMillis).as("the server's delay is honoured").isGreaterThanOrEqualTo(1000);
    assertThat(streamMillis).as("the server's delay is honoured").isGreaterThanOrEqualTo(1000);
  }

  @Test
  @Order(2)
  void rateLimitWithoutRetryAfterIsARateLimitException() {
    Reply limited = Reply.error(429, "requests", "rate_limit_exceeded", "Slow down.");
    FaultCell create = create(limited);
    FaultCell stream = stream(limited);
    MATRIX.add("429 without `Retry-After`", create, "`retryAfter()` empty", stream,
        "`retryAfter()` empty");

    for (FaultCell cell : List.of(create, stream)) {
      assertFailed(cell, RateLimitException.class, 3);
      assertThat(((RateLimitException) cell.failure()).retryAfter()).isEmpty();
      assertThat(((RateLimitException) cell.failure()).code()).contains("rate_limit_exceeded");
    }
  }

  @Test
  @Order(3)
  void internalServerErrorIsRetriedThenThrown() {
    FaultCell create = create(Reply.serverError());
    FaultCell stream = stream(Reply.serverError());
    MATRIX.add("500", create, "", stream, "");

    assertFailed(create, InternalServerException.class, 3);
    assertFailed(stream, InternalServerException.class, 3);
  }

  @Test
  @Order(4)
  void badGatewayWithAnHtmlPageKeepsThePage() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    Reply gateway = Reply.json(502, html.getBytes(StandardCharsets.UTF_8))
        .withHeader("content-type", "text/html");
    FaultCell create = create(gateway);
    FaultCell stream = stream(gateway);
    MATRIX.add("502 with an HTML body", create, "the page in `body()`", stream,
        "the page in `body()`");

    for (FaultCell cell : List.of(create, stream)) {
      assertFailed(cell, InternalServerException.class, 3);
      ApiException error = (ApiException) cell.failure();
      assertThat(error.status()).isEqualTo(502);
      assertThat(error.body()).isEqualTo(html);
      assertThat(error.code()).isEmpty();
      assertThat(error.getMessage()).contains("502");
    }
  }

  @Test
  @Order(5)
  void serviceUnavailableIsRetriedThenThrown() {
    FaultCell create = create(Reply.serviceUnavailable());
    FaultCell stream = stream(Reply.serviceUnavailable());
    MATRIX.add("503", create, "", stream, "");

    assertFailed(create, InternalServerException.class, 3);
    assertFailed(stream, InternalServerException.class, 3);
  }

  @Test
  @Order(6)
  void aResetBeforeTheHeadersIsRetried() {
    FaultCell create = create(Reply.connectionReset());
    FaultCell stream = stream(Reply.connectionReset());
    MATRIX.add("connection reset before the headers", create, "", stream, "");

    assertFailed(create, ConnectionException.class, 3);
    assertFailed(stream, ConnectionException.class, 3);
  }

  @Test
  @Order(7)
  void aResetMidBodyBeforeAnyEventIsRetried() {
    FaultCell create = create(Reply.text(TEXT).withResetAfterBytes(100));
    FaultCell stream = stream(Reply.text(TEXT).withResetAfterBytes(100));
    MATRIX.add("reset mid-body: headers and 100 bytes (inside the JSON; inside the first event)",
        create, "", stream, "");

    assertFailed(create, ConnectionException.class, 3);
    assertFailed(stream, ConnectionException.class, 3);
  }

  @Test
  @Order(8)
  void aResetMidBodyAfterEventsIsAnInterruptionWithThePartialResponse() {
    String sent = Frames.created(0) + Frames.messageAdded(1) + Frames.delta(2, "Hel");
    Reply reset = Reply.sse(sent + Frames.delta(3, "lo") + Frames.completed(4, "Hello"))
        .withResetAfterBytes(sent.length() + 10);
    FaultCell stream = stream(reset);
    MATRIX.add("reset mid-body: inside the fourth event", null, "", stream, "");

    assertFailed(stream, StreamInterruptedException.class, 1);
    assertPartial(stream, 3, "Hel");
  }

  @Test
  @Order(9)
  void aStreamCutBeforeItsFirstEventIsRetried() {
    FaultCell stream = stream(Reply.text(TEXT).withChunks(5).withCutAfterEvents(0));
    MATRIX.add("stream cut after 0 events", null, "", stream, "");

    assertFailed(stream, ConnectionException.class, 3);
  }

  @Test
  @Order(10)
  void aStreamCutAfterOneEventKeepsTheResponseId() {
    FaultCell stream = stream(Reply.text(TEXT).withChunks(5).withCutAfterEvents(1));
    MATRIX.add("stream cut after 1 event", null, "", stream, "");

    assertFailed(stream, StreamInterruptedException.class, 1);
    assertPartial(stream, 1, "");
    assertThat(stream.delivered().get(0)).isInstanceOf(ResponseCreatedEvent.class);
    assertThat(((StreamException) stream.failure()).partialResponse().id()).startsWith("resp_");
  }

  @Test
  @Order(11)
  void aStreamCutAfterFiveEventsKeepsTheTextSoFar() {
    FaultCell stream = stream(Reply.text(TEXT).withChunks(5).withCutAfterEvents(5));
    MATRIX.add("stream cut after 5 events", null, "", stream, "");

    assertFailed(stream, StreamInterruptedException.class, 1);
    assertPartial(stream, 5, ResponseStreamTest.deltas(stream.delivered()));
    assertThat(ResponseStreamTest.deltas(stream.delivered())).isNotEmpty();
  }

  @Test
  @Order(12)
  void aStreamCutJustBeforeItsTerminalEventIsStillNotASuccess() {
    FaultCell stream = stream(Reply.text(TEXT).withChunks(5).withCutAfterEvents(EVENTS - 1));
    MATRIX.add("stream cut just before the terminal event (after " + (EVENTS - 1) + ")", null,
        "", stream, "");

    assertFailed(stream, StreamInterruptedException.class, 1);
    assertPartial(stream, EVENTS - 1, TEXT);
    assertThat(stream.delivered().get(EVENTS - 2)).isInstanceOf(OutputItemDoneEvent.class);
  }

  @Test
  @Order(13)
  void aStallBeforeAnythingArrivesTimesOutAndIsRetried() {
    RequestOptions shortTimeouts = RequestOptions.builder().readTimeout(SHORT_TIMEOUT).build();
    FaultCell create = create(shortTimeouts,
        Reply.text(TEXT).withDelayBeforeHeaders(Duration.ofSeconds(2)));
    FaultCell stream = stream(shortTimeouts, Reply.text(TEXT).withStallAfterEvents(0));
    MATRIX.add("stall longer than the timeouts (300 ms), before the first byte (create) or"
        + " event (stream)", create, "read timeout", stream, "stream idle timeout");

    assertFailed(create, ResponsesTimeoutException.class, 3);
    assertThat(create.failure()).hasMessageContaining(": read timeout (PT0.3S) elapsed");
    assertFailed(stream, ResponsesTimeoutException.class, 3);
    assertThat(stream.failure()).hasMessageContaining(": stream idle timeout (PT0.3S) elapsed");
  }

  @Test
  @Order(14)
  void aStallAfterEventsIsAnIdleTimeoutWithThePartialResponse() {
    // Longer than the other short timeouts: the five events must not look like a stall.
    FaultCell stream = stream(RequestOptions.builder().readTimeout(Duration.ofSeconds(1)).build(),
        Reply.text(TEXT).withChunks(5).withStallAfterEvents(5));
    MATRIX.add("stall longer than the idle timeout (1 s), after 5 events", null, "", stream, "");

    assertFailed(stream, StreamInterruptedException.class, 1);
    assertThat(((StreamInterruptedException) stream.failure()).idleTimeout()).isTrue();
    assertPartial(stream, 5, ResponseStreamTest.deltas(stream.delivered()));
  }

  @Test
  @Order(15)
  void aSlowSteadyDripCompletesPastEveryTimeout() {
    // Each pause is a fraction of the timeout; the whole body takes longer than it.
    Duration timeout = Duration.ofSeconds(1);
    RequestOptions options = RequestOptions.builder().readTimeout(timeout).build();
    Duration pause = Duration.ofMillis(60);
    long start = System.nanoTime();
    FaultCell create = create(options, Reply.text(TEXT).withDrip(48, pause));
    long createMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    FaultCell stream = stream(options, Reply.text(TEXT).withChunks(5).withDrip(256, pause));
    long streamMillis = (System.nanoTime() - start) / 1_000_000;
    MATRIX.add("slow drip: a few bytes every 60 ms, 1 s timeouts, longer in all", create,
        "", stream, "");

    assertSucceeded(create, 1);
    assertSucceeded(stream, 1);
    assertThat(createMillis).isGreaterThan(timeout.toMillis());
    assertThat(streamMillis).isGreaterThan(timeout.toMillis());
  }

  @Test
  @Order(16)
  void aMalformedLineIsAMalformedEventAfterTheEventsBeforeIt() {
    FaultCell create = create(Reply.json(200, "{not json"));
    FaultCell stream = stream(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, "Hel") + "data: {not json\n\n" + Frames.completed(4, "Hel")));
    MATRIX.add("malformed JSON: `{not json` as the body; as the fourth event's `data:`", create,
        "not retried", stream, "not retried");

    assertFailed(create, InvalidResponseException.class, 1);
    assertFailed(stream, MalformedEventException.class, 1);
    assertPartial(stream, 3, "Hel");
  }

  @Test
  @Order(17)
  void invalidUtf8BecomesReplacementCharacters() {
    byte[] body = withInvalidByte(Frames.completedResponse("Caf\u0007 au lait"));
    byte[] events = withInvalidByte(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, "Caf\u0007") + Frames.delta(3, " au lait")
        + Frames.completed(4, "Caf\u0007 au lait"));
    FaultCell create = create(Reply.json(200, body));
    FaultCell stream = stream(Reply.sse(events));
    MATRIX.add("invalid UTF-8 byte (0xFF) inside a text value", create,
        "U+FFFD in its place", stream, "U+FFFD in its place");

    assertSucceeded(create, 1);
    assertSucceeded(stream, 1);
    assertThat(create.response().outputText()).isEqualTo("Caf\uFFFD au lait");
    assertThat(stream.response().outputText()).isEqualTo("Caf\uFFFD au lait");
    assertThat(ResponseStreamTest.deltas(stream.delivered())).isEqualTo("Caf\uFFFD au lait");
  }

  @Test
  @Order(18)
  void aTenMegabyteEventOrBodyIsReadWhole() {
    String big = "0123456789abcdef".repeat(10 * 1024 * 1024 / 16);
    FaultCell create = create(Reply.json(200, Frames.completedResponse(big)));
    FaultCell stream = stream(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, big) + Frames.completed(3, big)));
    MATRIX.add("10 MB: one JSON response; one `output_text.delta` event", create,
        "10 MB of text", stream, "10 MB of text");

    assertSucceeded(create, 1);
    assertSucceeded(stream, 1);
    assertThat(create.response().outputText()).isEqualTo(big);
    assertThat(ResponseStreamTest.deltas(stream.delivered())).isEqualTo(big);
    assertThat(stream.response().outputText()).isEqualTo(big);
  }

  @Test
  @Order(19)
  void anEmptySuccessfulBodyIsAnInvalidResponse() {
    FaultCell create = create(Reply.json(200, ""));
    FaultCell stream = stream(Reply.sse(""));
    MATRIX.add("empty 200 body", create, "not retried", stream, "not retried");

    assertFailed(create, InvalidResponseException.class, 1);
    assertFailed(stream, InvalidResponseException.class, 1);
  }

  private static FaultCell create(Reply first, Reply... then) {
    return create(RequestOptions.none(), first, then);
  }

  private static FaultCell create(RequestOptions options, Reply first, Reply... then) {
    answerWith(first, then);
    try {
      Response response = client.create(Frames.request("Tell me"), options);
      return new FaultCell(response, null, List.of(), server.requestCount());
    } catch (RuntimeException e) { // also what the library should never throw, for the table
      return new FaultCell(null, e, List.of(), server.requestCount());
    }
  }

  /** Reads every event, then asks for the final response, as a streaming caller does. */
  private static FaultCell stream(Reply first, Reply... then) {
    return stream(RequestOptions.none(), first, then);
  }

  private static FaultCell stream(RequestOptions options, Reply first, Reply... then) {
    answerWith(first, then);
    List<ResponseStreamEvent> delivered = new ArrayList<>();
    try (ResponseStream events = client.stream(Frames.request("Tell me"), options)) {
      for (ResponseStreamEvent event : events) {
        delivered.add(event);
      }
      Response response = events.finalResponse();
      return new FaultCell(response, null, delivered, server.requestCount());
    } catch (RuntimeException e) { // also what the library should never throw, for the table
      return new FaultCell(null, e, delivered, server.requestCount());
    }
  }

  private static void answerWith(Reply first, Reply... then) {
    server.reset();
    server.when(RequestMatcher.any()).reply(first, then);
  }

  private static void assertSucceeded(FaultCell cell, int requests) {
    assertThat(cell.failure()).as("failure").isNull();
    assertThat(cell.response()).isNotNull();
    assertThat(cell.requests()).as("requests").isEqualTo(requests);
  }

  private static void assertFailed(FaultCell cell, Class<? extends ResponsesException> type,
      int requests) {
    assertThat(cell.failure()).as("failure").isExactlyInstanceOf(type);
    assertThat(cell.failure().getMessage()).isNotBlank();
    assertThat(cell.requests()).as("requests").isEqualTo(requests);
    if (!(cell.failure() instanceof StreamException)) {
      assertThat(cell.delivered()).as("no event before a retryable failure").isEmpty();
    }
  }

  private static void assertPartial(FaultCell cell, int events, String text) {
    assertThat(cell.delivered()).hasSize(events);
    StreamException failure = (StreamException) cell.failure();
    assertThat(failure.partialResponse()).isNotNull();
    assertThat(failure.partialResponse().outputText()).isEqualTo(text);
    assertThat(failure.lastSequenceNumber()).contains(events - 1);
  }

  /** The text in UTF-8, with the BEL marker replaced by 0xFF (never valid in UTF-8). */
  private static byte[] withInvalidByte(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      bytes.write(b == 0x07 ? 0xFF : b);
    }
    return bytes.toByteArray();
  }
}
