package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordedRequest#response()}: what the server sent back for each request, events and
 * their times included, and how the answer ended.
 */
class RecordedResponseTest {

  private static final String CREATE = "{\"model\":\"m\",\"input\":\"Hi\"}";
  private static final String STREAM = "{\"model\":\"m\",\"input\":\"Hi\",\"stream\":true}";

  private final Answered answered = new Answered();
  private final FakeResponsesServer server = answered.start(FakeResponsesServer.builder());

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void aJsonAnswerIsKeptWithItsStatusHeadersAndBody() throws Exception {
    server.enqueue(Reply.text("Sunny.").withHeader("x-trace", "t-1"));

    String sent = Http.post(Http.at(server, "/responses"), CREATE).body();
    RecordedResponse response = answered.next().response().orElseThrow();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).hasValue("application/json");
    assertThat(response.header("x-trace")).hasValue("t-1");
    assertThat(response.headers()).containsKey("content-length");
    assertThat(response.bodyAsString()).isEqualTo(sent);
    assertThat(response.bodyBytes()).isEqualTo(sent.length());
    assertThat(response.bodyTruncated()).isFalse();
    assertThat(response.isEventStream()).isFalse();
    assertThat(response.events()).isEmpty();
    assertThat(response.ending()).hasValue("complete");
    assertThat(response.duration()).isPresent();
  }

  @Test
  void aStreamListsItsEventsInOrderWithTheirTimesAndTheText() throws Exception {
    // a pause before each event: each is written, and timed, after the one before it
    server.enqueue(Reply.text("Hello there, friend").withChunks(3)
        .withDelayBetweenEvents(Duration.ofMillis(5)));

    Http.post(Http.at(server, "/responses"), STREAM);
    RecordedResponse response = answered.next().response().orElseThrow();
    List<RecordedEvent> events = response.events();

    assertThat(response.isEventStream()).isTrue();
    assertThat(events).extracting(event -> event.name().orElseThrow())
        .startsWith("response.created").endsWith("response.completed");
    assertThat(events).extracting(event -> event.type().orElseThrow())
        .isEqualTo(events.stream().map(event -> event.name().orElseThrow()).toList());
    assertThat(events).extracting(event -> event.sequenceNumber().orElseThrow())
        .isEqualTo(java.util.stream.LongStream.range(0, events.size()).boxed().toList());
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).offset()).as("event %d", i)
          .isGreaterThan(events.get(i - 1).offset());
    }
    assertThat(events).filteredOn(event -> event.delta().isPresent()).hasSize(3);
    assertThat(response.text()).isEqualTo("Hello there, friend");
    assertThat(response.eventsTruncated()).isFalse();
    assertThat(response.ending()).hasValue("complete");
  }

  @Test
  void aStreamCutByAFaultSaysWhereItWasCut() throws Exception {
    server.enqueue(Reply.text("never finished").withCutAfterEvents(3));

    Http.rawExchange(server, raw(STREAM));
    RecordedResponse response = answered.next().response().orElseThrow();

    assertThat(response.events()).hasSize(3);
    assertThat(response.ending()).hasValue("cut by a fault after 3 events");
  }

  @Test
  void aConnectionResetHasNoStatusAndSaysSo() throws Exception {
    server.enqueue(Reply.connectionReset());

    assertThatThrownBy(() -> Http.post(Http.at(server, "/responses"), CREATE))
        .isInstanceOf(IOException.class);
    RecordedResponse response = answered.next().response().orElseThrow();

    assertThat(response.status()).isZero();
    assertThat(response.headers()).isEmpty();
    assertThat(response.bodyBytes()).isZero();
    assertThat(response.ending()).hasValue("connection reset");
  }

  @Test
  void aBodyDroppedMidWayCountsTheBytesSent() throws Exception {
    server.enqueue(Reply.text("a body that is dropped").withResetAfterBytes(10));

    Http.rawExchange(server, raw(CREATE));
    RecordedResponse response = answered.next().response().orElseThrow();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).hasSize(10);
    assertThat(response.ending()).hasValue("cut by a fault after 10 bytes");
  }

  /** A create request as raw HTTP, for answers an HTTP client would only report as an error. */
  static String raw(String body) {
    return "POST /v1/responses HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
        + body;
  }

  @Test
  void aSnapshotDoesNotChangeAndTheListsCannotBeChanged() throws Exception {
    server.enqueue(Reply.text("Hi"));

    Http.post(Http.at(server, "/responses"), STREAM);
    RecordedResponse response = answered.next().response().orElseThrow();
    byte[] body = response.body();
    body[0] = 'X';

    assertThat(response.body()[0]).isEqualTo((byte) 'e');
    assertThatThrownBy(() -> response.events().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> response.headers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aServerWithoutTheInspectorStillKeepsResponsesAndSaysWhereThePageIsNot() throws Exception {
    Answered quiet = new Answered();
    try (FakeResponsesServer plain = quiet.start(FakeResponsesServer.builder().inspector(false))) {
      plain.enqueue(Reply.text("Hi"));
      Http.post(Http.at(plain, "/responses"), CREATE);

      assertThat(quiet.next().response()).isPresent();
      assertThatThrownBy(plain::inspectorUri).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("inspector(false)");
    }
    assertThat(server.inspectorUri()).hasToString(
        "http://127.0.0.1:" + server.port() + "/__admin/");
  }
}
