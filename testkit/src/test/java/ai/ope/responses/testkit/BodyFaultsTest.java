package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.stream.ServerSentEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The faults below the level of events: raw bytes, a body that drips in, a body cut short. */
class BodyFaultsTest {

  private static final String CREATE = "{\"model\":\"m\",\"input\":\"Hi\"}";
  private static final String STREAM = "{\"model\":\"m\",\"input\":\"Hi\",\"stream\":true}";

  private final FakeResponsesServer server = FakeResponsesServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void rawBytesAreSentUnchangedEvenWhenTheyAreNotUtf8() throws Exception {
    byte[] json = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xc3, '"', '}'};
    byte[] sse = "data: {\"t\":\"\u00ff\u00ff\"}\n\n".getBytes(StandardCharsets.ISO_8859_1);
    server.enqueue(Reply.json(200, json));
    server.enqueue(Reply.sse(sse));

    HttpResponse<byte[]> body = Http.sendForBytes(post(CREATE));
    HttpResponse<byte[]> stream = Http.sendForBytes(post(STREAM));

    assertThat(body.body()).isEqualTo(json);
    assertThat(body.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(stream.body()).isEqualTo(sse);
    assertThat(stream.headers().firstValue("content-type")).hasValue(
        "text/event-stream; charset=utf-8");
  }

  @Test
  void aJsonBodyResetMidwayDeclaresItsFullLengthButStopsShort() throws Exception {
    server.enqueue(Reply.text("cut in half").withResetAfterBytes(40));

    String raw = Http.rawExchange(server, request(CREATE));

    assertThat(raw).startsWith("HTTP/1.1 200");
    int length = Integer.parseInt(raw.replaceAll("(?si).*Content-length: (\\d+).*", "$1"));
    String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
    assertThat(body).hasSize(40).startsWith("{");
    assertThat(length).isGreaterThan(40);
  }

  @Test
  void aJsonBodyResetMidwayIsAnErrorForAnHttpClient() {
    server.enqueue(Reply.text("cut in half").withResetAfterBytes(40));

    assertThatThrownBy(() -> Http.post(Http.at(server, "/responses"), CREATE))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aStreamResetMidwayStopsInsideAnEvent() throws Exception {
    server.enqueue(Reply.text("one two three").withResetAfterBytes(1000));

    String raw = Http.rawExchange(server, request(STREAM));

    String chunked = raw.substring(raw.indexOf("\r\n\r\n") + 4);
    assertThat(chunked).doesNotEndWith("0\r\n\r\n").doesNotContain("response.completed");
    String body = dechunk(chunked);
    assertThat(body).hasSize(1000).doesNotEndWith("\n\n");
  }

  @Test
  void aResetAfterNoBytesSendsOnlyTheHeaders() throws Exception {
    server.enqueue(Reply.text("nothing").withResetAfterBytes(0));

    String raw = Http.rawExchange(server, request(CREATE));

    assertThat(raw).startsWith("HTTP/1.1 200").endsWith("\r\n\r\n");
  }

  @Test
  void aDrippingBodyArrivesWholeInPiecesThePauseApart() throws Exception {
    server.enqueue(Reply.text("slow but steady").withDrip(64, Duration.ofMillis(20)));
    server.enqueue(Reply.text("slow but steady").withChunks(2).withDrip(64,
        Duration.ofMillis(2)));

    long start = System.nanoTime();
    HttpResponse<String> json = Http.post(Http.at(server, "/responses"), CREATE);
    long jsonMillis = (System.nanoTime() - start) / 1_000_000;
    HttpResponse<InputStream> stream = Http.CLIENT_FOR_STREAMS.send(post(STREAM).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    int reads = 0;
    ByteArrayOutputStream events = new ByteArrayOutputStream();
    try (InputStream body = stream.body()) {
      byte[] buffer = new byte[4096];
      for (int n; (n = body.read(buffer)) >= 0; reads++) {
        events.write(buffer, 0, n);
      }
    }

    assertThat(json.body()).contains("slow but steady").endsWith("}");
    int pieces = json.body().getBytes(StandardCharsets.UTF_8).length / 64;
    assertThat(jsonMillis).as("the pauses between pieces").isGreaterThanOrEqualTo(pieces * 20L);
    assertThat(ServerSentEvent.parseAll(events.toString(StandardCharsets.UTF_8)))
        .last().satisfies(last -> assertThat(last.event()).isEqualTo("response.completed"));
    assertThat(reads).as("the stream arrives in many reads").isGreaterThan(10);
  }

  @Test
  void theNewOptionsRejectNonsense() {
    assertThatThrownBy(() -> Reply.text("x").withResetAfterBytes(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reply.text("x").withDrip(0, Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reply.text("x").withDrip(1, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private HttpRequest.Builder post(String json) {
    return HttpRequest.newBuilder(Http.at(server, "/responses"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private static String request(String json) {
    return "POST /v1/responses HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n"
        + json;
  }

  /** The body of a chunked answer, the chunk sizes taken out. */
  private static String dechunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd), 16);
      int end = Math.min(chunked.length(), lineEnd + 2 + size);
      body.append(chunked, lineEnd + 2, end);
      at = end + 2;
    }
    return body.toString();
  }
}
