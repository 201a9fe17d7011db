package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.OutputText;
import ai.ope.responses.api.ReasoningItem;
import ai.ope.responses.api.Refusal;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scripted replies, as JSON and as streams: the stream is protocol-exact and accumulates to the
 * same response the JSON form gives.
 */
class ScriptedRepliesTest {

  private static final String STREAM = "{\"model\":\"m\",\"input\":\"Hi\",\"stream\":true}";
  private static final String JSON = "{\"model\":\"m\",\"input\":\"Hi\"}";

  private final FakeResponsesServer server = FakeResponsesServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void aTextReplyStreamsTheDocumentedEventSequence() throws Exception {
    server.enqueue(Reply.text("Hello, streaming world!").withChunks(4));

    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), STREAM);
    Accumulation stream = Accumulation.of(answer.body());

    assertThat(answer.headers().firstValue("content-type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/event-stream"));
    assertThat(stream.types()).containsExactly("response.created", "response.in_progress",
        "response.output_item.added", "response.content_part.added",
        "response.output_text.delta", "response.output_text.delta",
        "response.output_text.delta", "response.output_text.delta",
        "response.output_text.done", "response.content_part.done",
        "response.output_item.done", "response.completed");
    assertThat(stream.events).extracting(ResponseStreamEvent::sequenceNumber)
        .containsExactlyElementsOf(IntStream.range(0, 12).boxed().toList());
    assertThat(stream.joined(0)).isEqualTo("Hello, streaming world!");
    assertThat(stream.last.outputText()).isEqualTo("Hello, streaming world!");
    assertThat(stream.last.output()).isEqualTo(stream.doneItems);
    assertThat(stream.last.usage()).isNotNull();
    assertThat(stream.events.get(0).toString()).contains("in_progress");
  }

  @Test
  void theStreamAccumulatesToTheJsonReply() throws Exception {
    Reply reply = Reply.builder()
        .reasoning("The user greets; answer and look up the weather.")
        .text("Hi! Let me check.")
        .functionCall("get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}", "call_1")
        .functionCall("get_time", "{\"zone\":\"Europe/Paris\"}")
        .build();
    server.enqueue(reply);
    server.enqueue(reply);

    Response json = ResponsesJson.fromJson(
        Http.post(Http.at(server, "/responses"), JSON).body(), Response.class);
    Accumulation stream = Accumulation.of(Http.post(Http.at(server, "/responses"), STREAM).body());

    assertThat(stream.last.output()).isEqualTo(stream.doneItems);
    assertThat(withoutIds(stream.last)).isEqualTo(withoutIds(json));
    for (int i = 0; i < json.output().size(); i++) {
      assertThat(stream.joined(i)).isEqualTo(textOf(json, i));
    }
    assertThat(json.functionCalls()).extracting(FunctionCall::callId).first().isEqualTo("call_1");
    assertThat(json.functionCalls()).extracting(FunctionCall::callId).last()
        .asString().startsWith("call_");
  }

  @Test
  void refusalIncompleteAndFailedRepliesEndAsTheApiDoes() throws Exception {
    server.enqueue(Reply.refusal("I can't help with that."));
    server.enqueue(Reply.builder().text("Once upon a").incomplete("max_output_tokens").build());
    server.enqueue(Reply.builder().failed("server_error", "The model crashed.").build());

    Accumulation refusal = Accumulation.of(Http.post(Http.at(server, "/responses"), STREAM).body());
    Accumulation incomplete =
        Accumulation.of(Http.post(Http.at(server, "/responses"), STREAM).body());
    Accumulation failed = Accumulation.of(Http.post(Http.at(server, "/responses"), STREAM).body());

    assertThat(refusal.types()).contains("response.refusal.delta", "response.refusal.done")
        .last().isEqualTo("response.completed");
    assertThat(((Message) refusal.last.output().get(0)).content().parts())
        .containsExactly(new Refusal("I can't help with that."));
    assertThat(incomplete.types()).last().isEqualTo("response.incomplete");
    assertThat(incomplete.last.status()).isEqualTo("incomplete");
    assertThat(incomplete.last.incompleteDetails().reason()).isEqualTo("max_output_tokens");
    assertThat(((Message) incomplete.last.output().get(0)).status()).isEqualTo("incomplete");
    assertThat(failed.types()).last().isEqualTo("response.failed");
    assertThat(failed.last.error().code()).isEqualTo("server_error");
  }

  @Test
  void deltasNeverSplitACharacter() throws Exception {
    String text = "😀😀😀 déjà vu 👍🏽";
    server.enqueue(Reply.text(text).withChunks(7));

    Accumulation stream = Accumulation.of(Http.post(Http.at(server, "/responses"), STREAM).body());

    assertThat(stream.joined(0)).isEqualTo(text);
    assertThat(stream.events).filteredOn(event -> event.type().endsWith("text.delta"))
        .hasSize(7);
  }

  @Test
  void repliesMatchedByStubsTakePrecedenceAndRepeatTheirLast() throws Exception {
    server.when(RequestMatcher.model("special")).reply(Reply.text("one"), Reply.text("two"));
    server.enqueue(Reply.text("queued"));

    List<String> texts = List.of(
        text("{\"model\":\"special\",\"input\":\"a\"}"),
        text("{\"model\":\"other\",\"input\":\"a\"}"),
        text("{\"model\":\"special\",\"input\":\"a\"}"),
        text("{\"model\":\"special\",\"input\":\"a\"}"));

    assertThat(texts).containsExactly("one", "queued", "two", "two");
  }

  private String text(String json) throws Exception {
    return ResponsesJson.fromJson(Http.post(Http.at(server, "/responses"), json).body(),
        Response.class).outputText();
  }

  private static String textOf(Response response, int index) {
    Object item = response.output().get(index);
    if (item instanceof Message message) {
      return ((OutputText) message.content().parts().get(0)).text();
    }
    if (item instanceof FunctionCall call) {
      return call.arguments();
    }
    return ((ReasoningItem) item).summary().get(0).text();
  }

  /** The response with its generated ids and timestamps blanked, for comparing two renders. */
  private static String withoutIds(Response response) {
    return ResponsesJson.toJson(response)
        .replaceAll("\"(resp|msg|fc|rs|call)_[0-9a-f]{48}\"", "\"ID\"")
        .replaceAll("\"(created_at|completed_at)\":\\d+", "\"$1\":0");
  }
}
