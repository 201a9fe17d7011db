package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.ContentPart;
import ai.ope.responses.api.CustomToolCall;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.OutputText;
import ai.ope.responses.api.ReasoningItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.SummaryText;
import ai.ope.responses.api.stream.ContentPartDoneEvent;
import ai.ope.responses.api.stream.OutputItemDoneEvent;
import ai.ope.responses.api.stream.ResponseAccumulator;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Asks a server whose built-in model answers (nothing scripted), as JSON and as a stream, and
 * rebuilds the stream as a client does: with every event ({@link ResponseAccumulator}), and
 * from the deltas alone (the finished items and parts left out), to show the deltas carry the
 * same content as the JSON answer.
 */
final class ModelCalls implements AutoCloseable {

  final FakeResponsesServer server =
      FakeResponsesServer.builder().fallback(FakeResponsesServer.Fallback.MODEL).start();

  /**
   * A streamed answer.
   *
   * @param events the events in order
   * @param terminal the response of the terminal event
   * @param fromDeltas the response rebuilt without the {@code *.done} items and parts
   */
  record Streamed(List<ResponseStreamEvent> events, Response terminal, Response fromDeltas) {

    List<String> types() {
      return events.stream().map(ResponseStreamEvent::type).toList();
    }
  }

  /** Request JSON written with single quotes, for readable tests. */
  static String q(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  Response json(String body) throws Exception {
    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ResponsesJson.fromJson(answer.body(), Response.class);
  }

  Streamed stream(String body) throws Exception {
    String streaming = Json.PROVIDER.createObjectBuilder(
        Json.parse(body).orElseThrow().asJsonObject()).add("stream", true).build().toString();
    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), streaming);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<ResponseStreamEvent> events = new ArrayList<>();
    ResponseAccumulator all = new ResponseAccumulator();
    ResponseAccumulator deltas = new ResponseAccumulator();
    for (ServerSentEvent frame : ServerSentEvent.parseAll(answer.body())) {
      ResponseStreamEvent event = frame.toEvent();
      events.add(event);
      all.accept(event);
      if (!(event instanceof OutputItemDoneEvent) && !(event instanceof ContentPartDoneEvent)) {
        deltas.accept(event);
      }
    }
    assertThat(all.sequenceGaps()).isEmpty();
    assertThat(events).extracting(ResponseStreamEvent::sequenceNumber)
        .containsExactlyElementsOf(IntStream.range(0, events.size()).boxed().toList());
    return new Streamed(events, all.finalResponse().orElseThrow(), deltas.partialResponse());
  }

  /**
   * The JSON answer, after checking that the streamed answer to the same body ends in the same
   * response and that its deltas alone carry the same content.
   */
  Response both(String body) throws Exception {
    Response json = json(body);
    Streamed streamed = stream(body);
    assertThat(withoutIds(streamed.terminal())).isEqualTo(withoutIds(json));
    assertThat(payloads(streamed.fromDeltas())).isEqualTo(payloads(json));
    return json;
  }

  /** The response with its generated ids and timestamps blanked, for comparing two answers. */
  static String withoutIds(Response response) {
    return ResponsesJson.toJson(response)
        .replaceAll("\"(resp|msg|fc|ctc|rs|call)_[0-9a-f]{48}\"", "\"ID\"")
        .replaceAll("\"(created_at|completed_at)\":[0-9.E]+", "\"$1\":0");
  }

  /** What each output item says (text, logprobs, arguments, input, summary, blob). */
  static List<String> payloads(Response response) {
    List<String> payloads = new ArrayList<>();
    for (OutputItem item : response.output()) {
      if (item instanceof Message message) {
        StringBuilder text = new StringBuilder("message:");
        for (ContentPart part : message.content().parts()) {
          text.append(ResponsesJson.toJson(part instanceof OutputText output
              ? new OutputText(output.text(), output.annotations(), output.logprobs()) : part));
        }
        payloads.add(text.toString());
      } else if (item instanceof FunctionCall call) {
        payloads.add("function_call:" + call.name() + " " + call.arguments());
      } else if (item instanceof CustomToolCall call) {
        payloads.add("custom_tool_call:" + call.name() + " " + call.input());
      } else if (item instanceof ReasoningItem reasoning) {
        payloads.add("reasoning:" + reasoning.summary().stream().map(SummaryText::text).toList()
            + " " + reasoning.encryptedContent());
      } else {
        payloads.add(item.type());
      }
    }
    return payloads;
  }

  @Override
  public void close() {
    server.close();
  }
}
