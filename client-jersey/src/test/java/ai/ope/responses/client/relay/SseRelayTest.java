package ai.ope.responses.client.relay;

import static ai.ope.responses.client.relay.RelayServer.PATIENCE_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.client.Frames;
import ai.ope.responses.client.StreamErrorException;
import ai.ope.responses.client.StreamInterruptedException;
import ai.ope.responses.client.relay.BrowserSse.Message;
import ai.ope.responses.testkit.RecordedEvent;
import ai.ope.responses.testkit.RecordedResponse;
import ai.ope.responses.testkit.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relay in a real Jakarta REST server (Jersey on Grizzly), read by a real SSE reader, with
 * the model's stream coming from the fake server over loopback.
 */
class SseRelayTest {

  /** Text SSE framing would damage if relayed plainly: a leading space, line breaks, quotes. */
  private static final String TEXT = " Hello,\n relayed\r\n \"world\"!";

  private final RelayServer server = new RelayServer();

  @AfterEach
  void close() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"publisher", "stream", "blocking"})
  void textDeltasArriveInOrderAndExactlyThenDoneWithTheResponse(String form) throws Exception {
    server.model.enqueue(Reply.text(TEXT).withChunks(6));
    List<Message> events;
    try (BrowserSse browser = server.browse(form)) {
      assertThat(browser.status()).isEqualTo(200);
      assertThat(browser.contentType()).startsWith("text/event-stream");
      events = browser.readAll();
    }

    List<Message> deltas = events.subList(0, events.size() - 1);
    assertThat(deltas).hasSize(6).allSatisfy(m -> assertThat(m.event()).isEqualTo("delta"));
    assertThat(deltas.stream().map(m -> jsonString(m.data())).reduce("", String::concat))
        .isEqualTo(TEXT);
    assertThat(events.stream().map(m -> Integer.parseInt(m.id())).toList())
        .as("ids are the model's sequence numbers, increasing").isSorted().doesNotHaveDuplicates();

    Message done = events.get(events.size() - 1);
    assertThat(done.event()).isEqualTo("done");
    assertThat(ResponsesJson.fromJson(done.data(), Response.class).outputText()).isEqualTo(TEXT);
    assertThat(server.nextRelay().get(PATIENCE_SECONDS, TimeUnit.SECONDS).outputText())
        .isEqualTo(TEXT);
  }

  @Test
  void typedEventsAreNamedByTypeAndCarryTheModelsJson() throws Exception {
    server.model.enqueue(Reply.text("Typed relay").withChunks(2));
    List<Message> events;
    try (BrowserSse browser = server.browse("typed")) {
      events = browser.readAll();
    }
    List<RecordedEvent> sent = server.nextAnswered().response().orElseThrow().events();

    assertThat(events).hasSize(sent.size() + 1);
    for (int i = 0; i < sent.size(); i++) {
      RecordedEvent original = sent.get(i);
      Message relayed = events.get(i);
      assertThat(relayed.event()).isEqualTo(original.type().orElseThrow());
      assertThat(relayed.id()).isEqualTo(String.valueOf(original.sequenceNumber().getAsLong()));
      assertThat(json(relayed.data())).isEqualTo(original.json().orElseThrow());
    }
    assertThat(events.get(events.size() - 1).event()).isEqualTo("done");
  }

  @Test
  void eventsOfUnknownTypesAreRelayedAsReceived() throws Exception {
    String future = "{\"type\":\"response.hologram.delta\",\"sequence_number\":1,"
        + "\"frames\":[1,2,3]}";
    server.model.enqueue(Reply.sse(Frames.created(0) + Frames.frame("response.hologram.delta",
        future) + Frames.completed(2, "")));
    List<Message> events;
    try (BrowserSse browser = server.browse("typed")) {
      events = browser.readAll();
    }

    assertThat(events).extracting(Message::event)
        .containsExactly("response.created", "response.hologram.delta", "response.completed",
            "done");
    assertThat(json(events.get(1).data())).isEqualTo(json(future));
  }

  @Test
  void anErrorEventFromTheModelEndsTheBrowsersStreamWithAnErrorEvent() throws Exception {
    server.model.enqueue(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, "Hal") + Frames.error(3, "server_error", "The model overheated")));
    List<Message> events;
    try (BrowserSse browser = server.browse("publisher")) {
      events = browser.readAll();
    }

    assertThat(events).extracting(Message::event).containsExactly("delta", "error");
    JsonObject error = json(events.get(1).data());
    assertThat(error.getString("type")).isEqualTo("stream_error");
    assertThat(error.getString("message")).isEqualTo("The model overheated");
    assertThat(error.keySet()).containsExactlyInAnyOrder("type", "message");
    assertThat(events.get(1).id()).isEqualTo("2");
    assertThat(failureOf(server.nextRelay())).isInstanceOf(StreamErrorException.class);
  }

  @Test
  void aCutModelStreamEndsTheBrowsersStreamWithAnErrorEvent() throws Exception {
    server.model.enqueue(Reply.text("one two three four five").withChunks(5)
        .withCutAfterEvents(6));
    List<Message> events;
    try (BrowserSse browser = server.browse("stream")) {
      events = browser.readAll();
    }

    assertThat(events).isNotEmpty();
    assertThat(events.subList(0, events.size() - 1))
        .isNotEmpty().allSatisfy(m -> assertThat(m.event()).isEqualTo("delta"));
    JsonObject error = json(events.get(events.size() - 1).data());
    assertThat(events.get(events.size() - 1).event()).isEqualTo("error");
    assertThat(error.getString("type")).isEqualTo("stream_interrupted");
    assertThat(failureOf(server.nextRelay())).isInstanceOf(StreamInterruptedException.class);
  }

  @Test
  void aRefusedRequestReachesTheBrowserWithoutTheServersMessage() throws Exception {
    server.model.enqueue(Reply.error(401, "invalid_request_error", "invalid_api_key",
        "Incorrect API key provided: sk-abc*****xyz"));
    List<Message> events;
    try (BrowserSse browser = server.browse("publisher")) {
      events = browser.readAll();
    }

    assertThat(events).extracting(Message::event).containsExactly("error");
    JsonObject error = json(events.get(0).data());
    assertThat(error.getString("type")).isEqualTo("api_error");
    assertThat(error.getString("message")).contains("401").doesNotContain("sk-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"publisher", "stream"})
  void aBrowserLeavingMidStreamClosesTheModelsStream(String form) throws Exception {
    server.model.enqueue(Reply.text("word ".repeat(60)).withChunks(60)
        .withDelayBetweenEvents(Duration.ofMillis(20)));
    CompletableFuture<Response> relay;
    try (BrowserSse browser = server.browse(form)) {
      assertThat(browser.next().event()).isEqualTo("delta");
      assertThat(browser.next().event()).isEqualTo("delta");
      relay = server.nextRelay();
    } // the browser leaves after two events

    RecordedResponse answer = server.nextAnswered().response().orElseThrow();
    assertThat(answer.ending()).contains("client went away");
    assertThat(answer.text()).isNotEqualTo("word ".repeat(60));
    assertThatThrownBy(() -> relay.get(PATIENCE_SECONDS, TimeUnit.SECONDS))
        .isInstanceOf(CancellationException.class);
    server.relayThreads.shutdown();
    assertThat(server.relayThreads.awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS))
        .as("no relay thread stays blocked").isTrue();
  }

  @Test
  void cancellingTheRelayEndsTheBrowsersStreamAndTheModelsStream() throws Exception {
    server.model.enqueue(Reply.text("word ".repeat(60)).withChunks(60)
        .withDelayBetweenEvents(Duration.ofMillis(20)));
    try (BrowserSse browser = server.browse("stream")) {
      assertThat(browser.next().event()).isEqualTo("delta");
      server.nextRelay().cancel(true);

      assertThat(browser.readAll()).extracting(Message::event)
          .as("nothing after the cancel but deltas already sent").doesNotContain("done", "error");
    }
    assertThat(server.nextAnswered().response().orElseThrow().ending())
        .contains("client went away");
  }

  private static Throwable failureOf(CompletableFuture<Response> relay) {
    try {
      relay.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      return failed.getCause();
    } catch (Exception other) {
      return other;
    }
    throw new AssertionError("the relay succeeded");
  }

  private static String jsonString(String data) {
    return ((JsonString) Json.createReader(new StringReader(data)).readValue()).getString();
  }

  private static JsonObject json(String data) {
    return Json.createReader(new StringReader(data)).readObject();
  }
}
