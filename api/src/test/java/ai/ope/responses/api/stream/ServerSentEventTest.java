package ai.ope.responses.api.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SSE framing by the rules, whatever line ends and extras a server uses. */
class ServerSentEventTest {

  private static final String DELTA =
      "{\"type\":\"response.output_text.delta\",\"sequence_number\":3,\"delta\":\"Hi\"}";

  @Test
  void everyLineEndingFramesTheSameEvents() {
    String lf = "event: response.output_text.delta\ndata: " + DELTA + "\n\n";

    List<ServerSentEvent> expected = List.of(
        new ServerSentEvent("response.output_text.delta", DELTA, null));
    assertThat(ServerSentEvent.parseAll(lf)).isEqualTo(expected);
    assertThat(ServerSentEvent.parseAll(lf.replace("\n", "\r\n"))).isEqualTo(expected);
    assertThat(ServerSentEvent.parseAll(lf.replace("\n", "\r"))).isEqualTo(expected);
  }

  @Test
  void commentsBomMultiLineDataAndMissingEventNames() {
    String text = "\uFEFF: keep-alive\n\ndata: {\"a\":\ndata:1}\nid: 7\n\n:ping\n"
        + "event:x\ndata:y\n";

    List<ServerSentEvent> events = ServerSentEvent.parseAll(text);

    assertThat(events).containsExactly(
        new ServerSentEvent(null, "{\"a\":\n1}", "7"),
        new ServerSentEvent("x", "y", "7"));
  }

  @Test
  void theDoneSentinelIsRecognisedAndEventsAreTyped() {
    List<ServerSentEvent> events =
        ServerSentEvent.parseAll("data: " + DELTA + "\n\ndata: [DONE]\n\n");

    assertThat(events.get(0).isDone()).isFalse();
    assertThat(events.get(0).toEvent()).isInstanceOfSatisfying(OutputTextDeltaEvent.class,
        delta -> assertThat(delta.delta()).isEqualTo("Hi"));
    assertThat(events.get(1).isDone()).isTrue();
  }

  @Test
  void eventsWithoutDataAreNotDispatched() {
    assertThat(ServerSentEvent.parseAll("event: ping\n\n: comment\n\n")).isEmpty();
  }
}
