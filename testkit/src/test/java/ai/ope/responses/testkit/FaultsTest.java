package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ServerSentEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every fault a reply can inject, as a client sees it. */
class FaultsTest {

  private static final String STREAM = "{\"model\":\"m\",\"input\":\"Hi\",\"stream\":true}";
  private static final String CREATE = "{\"model\":\"m\",\"input\":\"Hi\"}";

  private final FakeResponsesServer server = FakeResponsesServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void rateLimitCarriesBothRetryHeadersAndTheEnvelope() throws Exception {
    server.enqueue(Reply.rateLimited(Duration.ofMillis(1500)));

    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), CREATE);

    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.headers().firstValue("retry-after")).hasValue("2");
    assertThat(answer.headers().firstValue("retry-after-ms")).hasValue("1500");
    assertThat(ResponsesJson.fromJson(answer.body(), ErrorResponse.class).error().code())
        .isEqualTo("rate_limit_exceeded");
  }

  @Test
  void serverErrorsAreTheApisEnvelopes() throws Exception {
    server.enqueue(Reply.serverError());
    server.enqueue(Reply.serviceUnavailable());
    server.enqueue(Reply.error(403, "permission_error", "model_not_allowed", "No access."));

    HttpResponse<String> internal = Http.post(Http.at(server, "/responses"), CREATE);
    HttpResponse<String> unavailable = Http.post(Http.at(server, "/responses"), CREATE);
    HttpResponse<String> forbidden = Http.post(Http.at(server, "/responses"), CREATE);

    assertThat(internal.statusCode()).isEqualTo(500);
    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(internal.body()).isEqualTo("{\"error\":{\"message\":\"The server had an error while"
        + " processing your request. Sorry about that!\",\"type\":\"server_error\","
        + "\"param\":null,\"code\":null}}");
    assertThat(ResponsesJson.fromJson(forbidden.body(), ErrorResponse.class).error().code())
        .isEqualTo("model_not_allowed");
  }

  @Test
  void aSlowFirstByteTripsAClientTimeout() {
    server.enqueue(Reply.text("late").withDelayBeforeHeaders(Duration.ofSeconds(3)));
    HttpRequest request = HttpRequest.newBuilder(Http.at(server, "/responses"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(CREATE))
        .timeout(Duration.ofMillis(300))
        .build();

    assertThatThrownBy(() -> HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void eventsArriveOneByOneWithTheirPause() throws Exception {
    server.enqueue(Reply.text("a b c d").withChunks(4)
        .withDelayBetweenEvents(Duration.ofMillis(30)));
    HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(Http.at(server, "/responses"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(STREAM)).build(),
        HttpResponse.BodyHandlers.ofInputStream());

    long start = System.nanoTime();
    try (InputStream body = answer.body()) {
      byte[] first = new byte[64];
      int read = body.read(first);
      long firstAt = System.nanoTime() - start;
      String rest = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      long endAt = System.nanoTime() - start;

      assertThat(new String(first, 0, read, StandardCharsets.UTF_8))
          .startsWith("event: response.created");
      assertThat(rest).endsWith("\n\n").contains("event: response.completed");
      // 12 events, 30 ms apart: the body cannot be complete before ~330 ms, and the first event
      // is not held back until then.
      assertThat(endAt).isGreaterThan(firstAt);
      assertThat(endAt / 1_000_000).isGreaterThanOrEqualTo(300);
    }
  }

  @Test
  void aCutStreamEndsWithoutATerminalEventAndWithoutTheClosingChunk() throws Exception {
    server.enqueue(Reply.text("one two three four").withCutAfterEvents(5));

    String raw = Http.rawExchange(server, "POST /v1/responses HTTP/1.1\r\nHost: test\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + STREAM.length() + "\r\n\r\n"
        + STREAM);

    String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
    assertThat(raw).startsWith("HTTP/1.1 200").containsIgnoringCase("Transfer-encoding: chunked");
    assertThat(body).doesNotContain("response.completed").doesNotEndWith("0\r\n\r\n");
    assertThat(body.split("event: ", -1)).hasSize(6);
  }

  @Test
  void aCutStreamReachesAnHttpClientAsEventsThenAnError() throws Exception {
    server.enqueue(Reply.text("one two three four").withCutAfterEvents(5));
    HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(Http.at(server, "/responses"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(STREAM)).build(),
        HttpResponse.BodyHandlers.ofInputStream());

    StringBuilder received = new StringBuilder();
    byte[] buffer = new byte[256];
    assertThatThrownBy(() -> {
      try (InputStream body = answer.body()) {
        for (int n; (n = body.read(buffer)) >= 0; ) {
          received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
      }
    }).isInstanceOf(IOException.class);
    assertThat(ServerSentEvent.parseAll(received.toString())).hasSize(5);
  }

  @Test
  void aStreamWrittenInSmallPiecesCrossesTheWireInThosePiecesUnchanged() throws Exception {
    String sse = "event: response.output_text.delta\ndata: {\"delta\":\"déjà 😀\"}\n\n";
    server.enqueue(Reply.sse(sse).withWriteSize(3));
    server.enqueue(Reply.sse(sse).withWriteSize(3));

    String raw = Http.rawExchange(server, streamRequest());
    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), STREAM);

    assertThat(answer.body()).isEqualTo(sse);
    String chunked = raw.substring(raw.indexOf("\r\n\r\n") + 4);
    assertThat(chunked.split("\r\n3\r\n", -1).length - 1)
        .as("3-byte chunks").isGreaterThanOrEqualTo(sse.getBytes(StandardCharsets.UTF_8).length
            / 3 - 1);
  }

  @Test
  void aStalledStreamStaysOpenAndSilentAfterItsEvents() throws Exception {
    server.enqueue(Reply.text("never ends").withStallAfterEvents(2));

    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(500);
      socket.getOutputStream().write(streamRequest().getBytes(StandardCharsets.UTF_8));
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      assertThatThrownBy(() -> {
        for (int n; (n = socket.getInputStream().read(buffer)) >= 0; ) {
          raw.write(buffer, 0, n);
        }
      }).isInstanceOf(java.net.SocketTimeoutException.class);

      String body = raw.toString(StandardCharsets.UTF_8);
      assertThat(body.split("event: ", -1)).hasSize(3);
      assertThat(body).doesNotContain("response.completed");
    }
  }

  private static String streamRequest() {
    return "POST /v1/responses HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: " + STREAM.length() + "\r\n\r\n" + STREAM;
  }

  @Test
  void aResetClosesTheConnectionBeforeAnyByte() {
    server.enqueue(Reply.connectionReset());

    assertThatThrownBy(() -> Http.post(Http.at(server, "/responses"), CREATE))
        .isInstanceOf(IOException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void theServerKeepsServingAfterEveryFault() throws Exception {
    server.enqueue(Reply.connectionReset());
    server.enqueue(Reply.text("still here"));

    try {
      Http.post(Http.at(server, "/responses"), CREATE);
    } catch (IOException expected) {
      // the reset
    }
    HttpResponse<String> after = Http.post(Http.at(server, "/responses"), CREATE);

    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).contains("still here");
  }
}
