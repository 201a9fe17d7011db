package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseCompletedEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.UnknownStreamEvent;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streaming a response: the request sent, the events read, whatever the framing. */
class ResponseStreamTest {

  private final FakeServerFixture fixture = new FakeServerFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void streamSendsAStreamRequestAndDeliversEveryEventThenTheFinalResponse() throws Exception {
    fixture.server.enqueue(Reply.text("Streams arrive one event at a time.").withChunks(4));

    List<ResponseStreamEvent> events = new ArrayList<>();
    Response response;
    try (ResponseStream stream = fixture.client.stream(Frames.request("Say it"))) {
      for (ResponseStreamEvent event : stream) {
        events.add(event);
        if (event instanceof OutputTextDeltaEvent) {
          assertThat("Streams arrive one event at a time.").startsWith(stream.textSoFar());
        }
      }
      response = stream.finalResponse();
      assertThat(stream.responseId()).contains(response.id());
      assertThat(stream.requestId()).isPresent();
    }

    assertThat(events).filteredOn(OutputTextDeltaEvent.class::isInstance).hasSize(4);
    assertThat(events.get(events.size() - 1)).isInstanceOf(ResponseCompletedEvent.class);
    assertThat(response.outputText()).isEqualTo("Streams arrive one event at a time.");
    assertThat(response.status()).isEqualTo("completed");
    RecordedRequest sent = fixture.server.takeRequest();
    assertThat(sent.bodyAs(ai.ope.responses.api.CreateResponseRequest.class).stream()).isTrue();
    assertThat(sent.header("Accept")).hasValue("text/event-stream");
  }

  @Test
  void theEventsAlsoComeAsAJavaStreamThatClosesTheResponseStream() {
    fixture.server.enqueue(Reply.text("one two three").withChunks(3));

    String text;
    try (var deltas = fixture.client.stream(Frames.request("Count")).stream()) {
      text = deltas.filter(OutputTextDeltaEvent.class::isInstance)
          .map(event -> ((OutputTextDeltaEvent) event).delta()).collect(Collectors.joining());
    }

    assertThat(text).isEqualTo("one two three");
  }

  @Test
  void aStreamIsIteratedOnce() {
    fixture.server.enqueue(Reply.text("once"));
    try (ResponseStream stream = fixture.client.stream(Frames.request("Once"))) {
      stream.iterator();

      assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("only once");
    }
  }

  @Test
  void unknownEventTypesArriveAsUnknownEventsAndLoseNothing() {
    String novel = "{\"type\":\"response.hologram.delta\",\"sequence_number\":2,"
        + "\"frames\":[1,2,3]}";
    fixture.server.enqueue(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.frame("response.hologram.delta", novel) + Frames.delta(3, "Hi")
        + Frames.completed(4, "Hi")));

    List<ResponseStreamEvent> events = readAll(Frames.request("Hi"));

    assertThat(events).hasSize(5);
    assertThat(events.get(2)).isInstanceOfSatisfying(UnknownStreamEvent.class, unknown -> {
      assertThat(unknown.type()).isEqualTo("response.hologram.delta");
      assertThat(ResponsesJson.toJson(unknown)).isEqualTo(novel);
    });
  }

  @Test
  void aDoneSentinelAfterTheTerminalEventEndsTheStreamQuietly() {
    fixture.server.enqueue(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, "Done") + Frames.completed(3, "Done") + "data: [DONE]\n\n"));

    List<ResponseStreamEvent> events = readAll(Frames.request("Finish"));

    assertThat(events).hasSize(4).last().isInstanceOf(ResponseCompletedEvent.class);
  }

  @Test
  void crlfFramingEventsWithoutEventLinesAndCommentsReadTheSame() {
    String lf = Frames.created(0) + Frames.messageAdded(1) + Frames.delta(2, "Same")
        + Frames.completed(3, "Same");
    String crlf = ": keep-alive\r\n\r\n" + lf.replace("\n", "\r\n");
    String anonymous = lf.lines().filter(line -> !line.startsWith("event:"))
        .collect(Collectors.joining("\n", "", "\n"));
    fixture.server.enqueue(Reply.sse(lf));
    fixture.server.enqueue(Reply.sse(crlf));
    fixture.server.enqueue(Reply.sse(anonymous));

    List<ResponseStreamEvent> expected = readAll(Frames.request("LF"));

    assertThat(readAll(Frames.request("CRLF"))).isEqualTo(expected);
    assertThat(readAll(Frames.request("no event lines"))).isEqualTo(expected);
    assertThat(expected).hasSize(4);
  }

  @Test
  void eventsSplitAcrossWritesAtEveryBytePositionReadWhole() {
    String text = "Déjà vu — naïve café 😀 €100, 日本語のテキスト";
    Reply reply = Reply.text(text).withChunks(6);
    fixture.server.enqueue(reply);
    List<ResponseStreamEvent> whole = readAll(Frames.request("Whole"));

    for (int size : new int[] {1, 2, 3, 5, 7}) {
      fixture.server.enqueue(reply.withWriteSize(size));
      List<ResponseStreamEvent> split = readAll(Frames.request("Split"));

      assertThat(split).as("writes of %d bytes", size).hasSameSizeAs(whole);
      assertThat(split.stream().map(ResponseStreamEvent::type))
          .containsExactlyElementsOf(whole.stream().map(ResponseStreamEvent::type).toList());
      assertThat(deltas(split)).as("writes of %d bytes", size).isEqualTo(text);
    }
  }

  @Test
  void aCompatibleServerThatAnswersWithJsonGivesOneTerminalEvent() {
    String json = "{\"id\":\"resp_json\",\"object\":\"response\",\"status\":\"completed\","
        + "\"model\":\"m\",\"output\":[{\"type\":\"message\",\"id\":\"msg_1\",\"role\":"
        + "\"assistant\",\"status\":\"completed\",\"content\":[{\"type\":\"output_text\","
        + "\"text\":\"Not streamed.\",\"annotations\":[]}]}]}";
    fixture.server.enqueue(Reply.json(200, json));

    try (ResponseStream stream = fixture.client.stream(Frames.request("JSON"))) {
      List<ResponseStreamEvent> events = new ArrayList<>();
      stream.forEach(events::add);

      assertThat(events).singleElement().isInstanceOf(ResponseCompletedEvent.class);
      assertThat(stream.finalResponse().outputText()).isEqualTo("Not streamed.");
    }
  }

  @Test
  void anAnswerThatIsNeitherAStreamNorJsonIsAClearError() {
    fixture.server.enqueue(Reply.json(200, "<html>proxy login</html>")
        .withHeader("content-type", "text/html"));

    assertThatThrownBy(() -> fixture.client.stream(Frames.request("HTML")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("text/html").hasMessageContaining("not text/event-stream");
  }

  @Test
  void anUnreadableEventStopsTheStreamAfterTheEventsBeforeIt() {
    fixture.server.enqueue(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, "Half") + "event: response.output_text.delta\ndata: {\"type\":\n\n"
        + Frames.completed(4, "Half")));
    List<ResponseStreamEvent> events = new ArrayList<>();

    try (ResponseStream stream = fixture.client.stream(Frames.request("Broken"))) {
      assertThatThrownBy(() -> stream.forEach(events::add))
          .isInstanceOfSatisfying(MalformedEventException.class, e -> {
            assertThat(e.partialResponse().outputText()).isEqualTo("Half");
            assertThat(e.lastSequenceNumber()).contains(2);
          })
          .hasMessageContaining("event 4").hasMessageContaining("response.output_text.delta");
    }
    assertThat(events).hasSize(3);
  }

  @Test
  void missingSequenceNumbersAreDetected() {
    fixture.server.enqueue(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, "A") + Frames.delta(6, "B") + Frames.completed(7, "AB")));

    try (ResponseStream stream = fixture.client.stream(Frames.request("Gaps"))) {
      assertThat(stream.finalResponse().outputText()).isEqualTo("AB");
      assertThat(stream.accumulator().sequenceGaps()).containsExactly("after 2 came 6");
    }
  }

  private List<ResponseStreamEvent> readAll(ai.ope.responses.api.CreateResponseRequest request) {
    List<ResponseStreamEvent> events = new ArrayList<>();
    try (ResponseStream stream = fixture.client.stream(request)) {
      stream.forEach(events::add);
    }
    return events;
  }

  static String deltas(List<ResponseStreamEvent> events) {
    return events.stream().filter(OutputTextDeltaEvent.class::isInstance)
        .map(event -> ((OutputTextDeltaEvent) event).delta()).collect(Collectors.joining());
  }
}
