package ai.ope.responses.api.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.SharedFixtures;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The accumulator rebuilds what the server ends with: for every recorded stream, the response it
 * rebuilt from the events before the terminal one equals the terminal response's output.
 */
class ResponseAccumulatorTest {

  @TestFactory
  Stream<DynamicTest> everyRecordedStreamAccumulatesToItsTerminalResponse() {
    return SharedFixtures.each("corpus", corpus -> SharedFixtures.corpusStreams().stream()
        .map(file -> DynamicTest.dynamicTest(file.getParent().getFileName().toString(),
            () -> check(file))));
  }

  private static void check(Path file) throws IOException {
    List<ResponseStreamEvent> events = ServerSentEvent.parseAll(Files.readString(file)).stream()
        .filter(event -> !event.isDone()).map(ServerSentEvent::toEvent).toList();
    ResponseStreamEvent last = events.get(events.size() - 1);
    // a resumed stream starts with a later lifecycle event; its output items all follow it
    assertThat(events.get(0)).isInstanceOf(ResponseLifecycleEvent.class);
    assertThat(last).isInstanceOf(ResponseLifecycleEvent.class);
    ResponseLifecycleEvent terminal = (ResponseLifecycleEvent) last;
    assertThat(terminal.isTerminal()).isTrue();
    ResponseAccumulator rebuilt = new ResponseAccumulator();
    ResponseAccumulator fromDeltasOnly = new ResponseAccumulator();
    for (ResponseStreamEvent event : events.subList(0, events.size() - 1)) {
      rebuilt.accept(event);
      if (!(event instanceof OutputItemDoneEvent) && !(event instanceof ContentPartDoneEvent)) {
        fromDeltasOnly.accept(event);
      }
    }
    Response expected = terminal.response();

    assertThat(withoutCiphertext(rebuilt.partialResponse().output()))
        .isEqualTo(withoutCiphertext(expected.output()));
    assertThat(rebuilt.textSoFar()).isEqualTo(expected.outputText());
    assertThat(fromDeltasOnly.textSoFar()).isEqualTo(expected.outputText());
    assertThat(arguments(fromDeltasOnly.partialResponse())).isEqualTo(arguments(expected));
    assertThat(rebuilt.finalResponse()).isEmpty();
    rebuilt.accept(terminal);
    assertThat(rebuilt.finalResponse()).contains(expected);
    assertThat(rebuilt.response()).isSameAs(expected);
    assertThat(rebuilt.responseId()).contains(expected.id());
    assertThat(rebuilt.sequenceGaps()).isEmpty();
  }

  /** The arguments of each function call, in output order: what a tool-calling loop needs. */
  private static List<String> arguments(Response response) {
    return response.output().stream().filter(FunctionCall.class::isInstance)
        .map(item -> ((FunctionCall) item).arguments()).toList();
  }

  /**
   * The output as JSON values, each {@code encrypted_content} replaced by its presence: the server
   * encrypts reasoning afresh each time it serializes an item, so the ciphertext in
   * {@code output_item.done} and in the terminal response differ while the content is the same.
   */
  private static List<JsonValue> withoutCiphertext(List<OutputItem> output) {
    return output.stream().map(item -> masked(Json.createReader(
        new StringReader(ResponsesJson.toJson(item))).readValue())).toList();
  }

  private static JsonValue masked(JsonValue value) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder copy = Json.createObjectBuilder();
      object.forEach((name, member) -> copy.add(name, name.equals("encrypted_content")
          ? Json.createValue("<present>") : masked(member)));
      return copy.build();
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder copy = Json.createArrayBuilder();
      array.forEach(element -> copy.add(masked(element)));
      return copy.build();
    }
    return value;
  }

  @Test
  void aStreamCutEarlyKeepsWhatArrived() {
    ResponseAccumulator accumulator = new ResponseAccumulator();
    String[] events = {
        "{\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"id\":\"resp_1\","
            + "\"object\":\"response\",\"status\":\"in_progress\",\"model\":\"m\",\"output\":[]}}",
        "{\"type\":\"response.output_item.added\",\"sequence_number\":1,\"output_index\":0,"
            + "\"item\":{\"type\":\"message\",\"id\":\"msg_1\",\"role\":\"assistant\","
            + "\"status\":\"in_progress\",\"content\":[]}}",
        "{\"type\":\"response.content_part.added\",\"sequence_number\":2,\"output_index\":0,"
            + "\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"\","
            + "\"annotations\":[]}}",
        "{\"type\":\"response.output_text.delta\",\"sequence_number\":3,\"output_index\":0,"
            + "\"content_index\":0,\"delta\":\"Hello, \"}",
        "{\"type\":\"response.output_text.delta\",\"sequence_number\":4,\"output_index\":0,"
            + "\"content_index\":0,\"delta\":\"wor\"}",
        "{\"type\":\"response.output_item.added\",\"sequence_number\":5,\"output_index\":1,"
            + "\"item\":{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_1\","
            + "\"name\":\"lookup\",\"arguments\":\"\",\"status\":\"in_progress\"}}",
        "{\"type\":\"response.function_call_arguments.delta\",\"sequence_number\":6,"
            + "\"output_index\":1,\"item_id\":\"fc_1\",\"delta\":\"{\\\"q\\\":\"}",
        "{\"type\":\"response.something_new\",\"sequence_number\":7,\"hint\":true}"};
    for (String event : events) {
      accumulator.accept(ResponsesJson.parseEvent(null, event));
    }

    Response partial = accumulator.partialResponse();
    assertThat(accumulator.finalResponse()).isEmpty();
    assertThat(accumulator.response()).isEqualTo(partial);
    assertThat(partial.id()).isEqualTo("resp_1");
    assertThat(partial.outputText()).isEqualTo("Hello, wor");
    assertThat(accumulator.textSoFar()).isEqualTo("Hello, wor");
    assertThat(arguments(partial)).containsExactly("{\"q\":");
    assertThat(accumulator.lastSequenceNumber()).contains(7);
    assertThat(accumulator.eventCount()).isEqualTo(8);
    assertThat(accumulator.sequenceGaps()).isEmpty();
  }

  @Test
  void aGapInTheSequenceIsDetected() {
    ResponseAccumulator accumulator = new ResponseAccumulator();
    accumulator.accept(ResponsesJson.parseEvent(null,
        "{\"type\":\"response.output_text.delta\",\"sequence_number\":3,\"output_index\":0,"
            + "\"content_index\":0,\"delta\":\"a\"}"));
    accumulator.accept(ResponsesJson.parseEvent(null,
        "{\"type\":\"response.output_text.delta\",\"sequence_number\":6,\"output_index\":0,"
            + "\"content_index\":0,\"delta\":\"b\"}"));

    assertThat(accumulator.sequenceGaps()).containsExactly("after 3 came 6");
    assertThat(accumulator.textSoFar()).isEqualTo("ab");
    assertThat(accumulator.lastSequenceNumber()).contains(6);
  }
}
