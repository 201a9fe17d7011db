package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.UnknownStreamEvent;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Jersey's {@code EventInput}, chosen by configuration, reads the same events as the default. */
class JerseySseParserTest {

  private final FakeServerFixture fixture = new FakeServerFixture(FakeResponsesServer.start(),
      builder -> builder.sseParser(SseParser.JERSEY));

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void readsAScriptedStreamToItsFinalResponse() {
    fixture.server.enqueue(Reply.text("Jersey reads this too.").withChunks(4));

    try (ResponseStream stream = fixture.client.stream(Frames.request("Jersey"))) {
      List<ResponseStreamEvent> events = new ArrayList<>();
      stream.forEach(events::add);

      assertThat(ResponseStreamTest.deltas(events)).isEqualTo("Jersey reads this too.");
      assertThat(stream.finalResponse().outputText()).isEqualTo("Jersey reads this too.");
    }
  }

  @Test
  void readsCrlfFramingSplitWritesAndUnknownEvents() {
    String sse = Frames.created(0) + Frames.messageAdded(1)
        + Frames.anonymous("{\"type\":\"response.hologram.delta\",\"sequence_number\":2}")
        + Frames.delta(3, "déjà 😀") + Frames.completed(4, "déjà 😀");
    fixture.server.enqueue(Reply.sse(sse.replace("\n", "\r\n")).withWriteSize(3));
    List<ResponseStreamEvent> events = new ArrayList<>();

    try (ResponseStream stream = fixture.client.stream(Frames.request("Framing"))) {
      stream.forEach(events::add);
    }

    assertThat(events).hasSize(5);
    assertThat(events.get(2)).isInstanceOf(UnknownStreamEvent.class);
    assertThat(ResponseStreamTest.deltas(events)).isEqualTo("déjà 😀");
  }

  @Test
  void anEmptyStreamIsRetriedAsJerseyCannotTellItFromADroppedConnection() {
    fixture.server.enqueue(Reply.sse(""));
    fixture.server.enqueue(Reply.text("second time"));

    try (ResponseStream stream = fixture.client.stream(Frames.request("Empty"))) {
      assertThat(stream.finalResponse().outputText()).isEqualTo("second time");
    }
    assertThat(fixture.server.requestCount()).isEqualTo(2);
  }

  @Test
  void aCutStreamIsStillInterruptedNotASilentEnd() {
    fixture.server.enqueue(Reply.text("cut in the middle").withChunks(3).withCutAfterEvents(5));
    List<ResponseStreamEvent> events = new ArrayList<>();

    try (ResponseStream stream = fixture.client.stream(Frames.request("Cut"))) {
      assertThatThrownBy(() -> stream.forEach(events::add))
          .isInstanceOf(StreamInterruptedException.class);
    }
    assertThat(events).hasSize(5);
  }
}
