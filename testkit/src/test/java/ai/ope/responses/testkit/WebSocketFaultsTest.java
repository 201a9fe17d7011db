package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.WebSocketModeTest.awaitEnded;
import static ai.ope.responses.testkit.WebSocketModeTest.completed;
import static ai.ope.responses.testkit.WebSocketModeTest.create;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reply's faults, as a WebSocket client meets them. */
class WebSocketFaultsTest {

  private final FakeResponsesServer server = FakeResponsesServer.start();
  private final RecordingConnection socket = RecordingConnection.open(server);

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void aCutReplyDropsTheConnectionAfterThatManyFrames() throws Exception {
    server.enqueue(Reply.text("Hello there, how are you?").withCutAfterEvents(3));

    socket.sendFromClient(create("\"stream_id\":\"c\""));
    socket.awaitEnd();

    assertThat(socket.aborted()).isTrue();
    assertThat(socket.unread()).hasSize(3);
    assertThat(awaitEnded(server.takeRequest()).ending())
        .hasValue("cut by a fault after 3 events");
  }

  @Test
  void aResetDropsTheConnectionBeforeAnyFrame() throws Exception {
    server.enqueue(Reply.connectionReset());

    socket.sendFromClient(create("\"stream_id\":\"r\""));
    socket.awaitEnd();

    assertThat(socket.aborted()).isTrue();
    assertThat(socket.unread()).isEmpty();
  }

  @Test
  void aStalledLaneHoldsUpNoOtherLaneAndEndsWithTheConnection() throws Exception {
    server.enqueue(Reply.text("never finished").withStallAfterEvents(1));
    server.enqueue(Reply.text("other lane"));

    socket.sendFromClient(create("\"stream_id\":\"stalled\""));
    socket.sendFromClient(create("\"stream_id\":\"free\""));
    List<JsonObject> free = new ArrayList<>();
    int stalledFrames = 0;
    // until the free lane has completed and the stalled one has sent its one event
    while (stalledFrames == 0 || free.isEmpty()
        || !free.get(free.size() - 1).getString("type").equals("response.completed")) {
      JsonObject event = socket.next();
      if (event.getString("stream_id").equals("free")) {
        free.add(event);
      } else {
        stalledFrames++;
      }
    }
    RecordedRequest stalled = server.takeRequest();
    socket.closeFromClient();

    assertThat(completed(free).getString("status")).isEqualTo("completed");
    assertThat(stalledFrames).isEqualTo(1);
    assertThat(awaitEnded(stalled).ending()).hasValueSatisfying(
        ending -> assertThat(ending).startsWith("stalled after 1 events"));
    assertThat(stalled.response().orElseThrow().events()).hasSize(1);
  }

  @Test
  void answersWaitingWhenTheServerStopsEndAndTheClientIsToldItIsGoingAway() throws Exception {
    server.enqueue(Reply.text("stalled").withStallAfterEvents(0));
    server.enqueue(Reply.text("queued behind it"));
    socket.sendFromClient(create("\"stream_id\":\"q\""));
    socket.sendFromClient(create("\"stream_id\":\"q\""));
    RecordedRequest stalled = server.takeRequest();
    RecordedRequest behind = server.takeRequest();

    server.close();

    assertThat(socket.closeCode()).isEqualTo(1001);
    assertThat(awaitEnded(stalled).ending()).hasValueSatisfying(
        ending -> assertThat(ending).startsWith("stalled after 0 events"));
    assertThat(awaitEnded(behind).ending()).hasValue("client went away");
    assertThat(socket.unread()).isEmpty();
  }

  @Test
  void aRecordedStreamIsSentEventByEvent() throws Exception {
    server.enqueue(Reply.sse("event: response.created\ndata: {\"type\":\"response.created\","
        + "\"sequence_number\":0}\n\ndata: [DONE]\n\n"));

    socket.sendFromClient(create("\"stream_id\":\"s\""));

    assertThat(socket.next().toString())
        .isEqualTo("{\"type\":\"response.created\",\"sequence_number\":0,\"stream_id\":\"s\"}");
  }

  @Test
  void aJsonReplyThatHasNoEventsIsAServerErrorEvent() throws Exception {
    server.enqueue(Reply.json(200, "{\"id\":\"resp_1\"}"));

    socket.sendFromClient(create("\"stream_id\":\"j\""));

    assertThat(socket.next().getJsonObject("error").getString("type")).isEqualTo("server_error");
  }
}
