package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.ReasoningItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /__admin/replies}: replies described in JSON answer create requests, as JSON and as
 * streams, as the Java replies they describe do.
 */
class AdminRepliesTest {

  private static final String CREATE = "{\"model\":\"m\",\"input\":\"Hi\"}";
  private static final String STREAM = "{\"model\":\"m\",\"input\":\"Hi\",\"stream\":true}";

  private final FakeResponsesServer server = FakeResponsesServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void aTextReplyAnswersTheNextCreateAsJsonOrAsAStream() throws Exception {
    HttpResponse<String> queued = Admin.post(server, "replies",
        "{\"replies\":[{\"text\":\"Hello from curl.\"},{\"text\":\"Streamed.\"}]}");

    Response json = create(CREATE);
    Accumulation stream = Accumulation.of(Http.post(Http.at(server, "/responses"), STREAM).body());

    assertThat(queued.statusCode()).isEqualTo(201);
    assertThat(Admin.json(queued).toString()).isEqualTo("{\"queued\":2,\"ids\":[1,2]}");
    assertThat(json.outputText()).isEqualTo("Hello from curl.");
    assertThat(stream.types()).contains("response.output_text.delta")
        .endsWith("response.completed");
    assertThat(stream.last.outputText()).isEqualTo("Streamed.");
    assertThat(server.requests()).extracting(RecordedRequest::answeredBy)
        .containsExactly("queued reply #1", "queued reply #2");
  }

  @Test
  void functionCallsTakeTheirArgumentsAsAnObjectOrAsAString() throws Exception {
    Admin.queue(server, "{\"function_calls\":["
        + "{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"},\"call_id\":\"call_1\"},"
        + "{\"name\":\"get_time\",\"arguments\":\"{\\\"zone\\\": \\\"UTC\\\"}\"},"
        + "{\"name\":\"ping\"}]}");

    Response response = create(CREATE);

    assertThat(response.functionCalls()).extracting(FunctionCall::name)
        .containsExactly("get_weather", "get_time", "ping");
    assertThat(response.functionCalls()).extracting(FunctionCall::arguments)
        .containsExactly("{\"city\":\"Paris\"}", "{\"zone\": \"UTC\"}", "{}");
    assertThat(response.functionCalls().get(0).callId()).isEqualTo("call_1");
    assertThat(response.functionCalls().get(1).callId()).startsWith("call_");
  }

  @Test
  void shorthandItemsComeInTheApisOrderAndOutputListsThemInAnyOrder() throws Exception {
    Admin.queue(server, "{\"replies\":[{\"text\":\"It is sunny.\",\"reasoning\":\"Look it up.\"},"
        + "{\"output\":[{\"text\":\"Let me check.\"},{\"function_call\":{\"name\":\"f\"}},"
        + "{\"text\":\"Done.\"}]}]}");

    Response shorthand = create(CREATE);
    Response listed = create(CREATE);

    assertThat(shorthand.output()).hasSize(2);
    assertThat(shorthand.output().get(0)).isInstanceOf(ReasoningItem.class);
    assertThat(shorthand.outputText()).isEqualTo("It is sunny.");
    assertThat(listed.output()).hasSize(3);
    assertThat(((Message) listed.output().get(0)).text()).isEqualTo("Let me check.");
    assertThat(listed.output().get(1)).isInstanceOf(FunctionCall.class);
    assertThat(((Message) listed.output().get(2)).text()).isEqualTo("Done.");
  }

  @Test
  void refusalsIncompleteAndFailedResponsesEndAsTheApiDoes() throws Exception {
    Admin.queue(server, "{\"replies\":[{\"refusal\":\"I can't help with that.\"},"
        + "{\"text\":\"Once upon a\",\"incomplete\":\"max_output_tokens\"},"
        + "{\"failed\":{\"code\":\"server_error\",\"message\":\"The model crashed.\"}}]}");

    Response refused = create(CREATE);
    Response incomplete = create(CREATE);
    Accumulation failed = Accumulation.of(Http.post(Http.at(server, "/responses"), STREAM).body());

    assertThat(refused.output().get(0).toString()).contains("I can't help with that.");
    assertThat(incomplete.status()).isEqualTo("incomplete");
    assertThat(incomplete.incompleteDetails().reason()).isEqualTo("max_output_tokens");
    assertThat(failed.types()).endsWith("response.failed");
    assertThat(failed.last.error().code()).isEqualTo("server_error");
    assertThat(failed.last.error().message()).isEqualTo("The model crashed.");
  }

  @Test
  void anErrorGoesOutWithItsStatusEnvelopeAndHeaders() throws Exception {
    Admin.queue(server, "{\"replies\":[{\"error\":{\"status\":503,\"code\":\"overloaded\","
        + "\"message\":\"Try later.\"},\"headers\":{\"x-should-retry\":\"true\"}},"
        + "{\"rate_limited_ms\":1500},"
        + "{\"error\":{\"status\":400,\"type\":\"invalid_request_error\",\"param\":\"input\","
        + "\"message\":\"Bad input.\"}}]}");

    HttpResponse<String> unavailable = Http.post(Http.at(server, "/responses"), CREATE);
    HttpResponse<String> limited = Http.post(Http.at(server, "/responses"), CREATE);
    HttpResponse<String> bad = Http.post(Http.at(server, "/responses"), CREATE);

    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(unavailable.headers().firstValue("x-should-retry")).hasValue("true");
    assertThat(Admin.json(unavailable)).isEqualTo(Json.parse("{\"error\":{\"message\":"
        + "\"Try later.\",\"type\":\"server_error\",\"param\":null,\"code\":\"overloaded\"}}")
        .orElseThrow());
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("retry-after-ms")).hasValue("1500");
    assertThat(limited.headers().firstValue("retry-after")).hasValue("2");
    ErrorResponse error = ResponsesJson.fromJson(bad.body(), ErrorResponse.class);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(error.error().param()).isEqualTo("input");
    assertThat(error.error().code()).isNull();
  }

  @Test
  void aStreamCanBeCutAndAConnectionReset() throws Exception {
    Admin.queue(server, "{\"replies\":[{\"text\":\"one two three four\",\"cut_after_events\":5},"
        + "{\"reset\":true}]}");

    String raw = Http.rawExchange(server, "POST /v1/responses HTTP/1.1\r\nHost: test\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + STREAM.length() + "\r\n\r\n"
        + STREAM);

    String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
    assertThat(raw).startsWith("HTTP/1.1 200");
    assertThat(body.split("event: ", -1)).hasSize(6);
    assertThat(body).doesNotContain("response.completed");
    assertThatThrownBy(() -> Http.post(Http.at(server, "/responses"), CREATE))
        .isInstanceOf(IOException.class);
    assertThat(server.requests().get(1).status()).isZero();
  }

  @Test
  void aReplyForAnotherEndpointAnswersThatEndpointOnce() throws Exception {
    Admin.queue(server, "{\"method\":\"get\",\"path\":\"/v1/responses/resp_x\","
        + "\"error\":{\"status\":500,\"message\":\"Boom.\"}}");

    HttpResponse<String> create = Http.post(Http.at(server, "/responses"), CREATE);
    HttpResponse<String> failed = Http.get(Http.at(server, "/responses/resp_x"));
    HttpResponse<String> again = Http.get(Http.at(server, "/responses/resp_x"));

    assertThat(create.statusCode()).as("not for create requests").isEqualTo(400);
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body()).contains("Boom.");
    assertThat(again.statusCode()).as("used once").isEqualTo(404);
  }

  @Test
  void theQueueIsListedInOrderAsDescriptionsAndCanBeEmptied() throws Exception {
    server.enqueue(Reply.text("from Java").withChunks(2));
    Admin.queue(server, "{\"replies\":[{\"match\":{\"model\":\"a\"},\"reasoning\":\"r\","
        + "\"function_calls\":[{\"name\":\"f\",\"arguments\":{\"x\":1}}],\"delay_ms\":5,"
        + "\"write_size\":3},{\"method\":\"DELETE\",\"path\":\"/v1/responses/resp_1\","
        + "\"reset\":true}]}");

    JsonObject listed = Admin.json(Admin.get(server, "replies"));
    HttpResponse<String> deleted = Admin.delete(server, "replies");
    JsonObject after = Admin.json(Admin.get(server, "replies"));

    assertThat(listed.toString()).isEqualTo("{\"replies\":["
        + "{\"id\":1,\"text\":\"from Java\",\"chunks\":2},"
        + "{\"id\":2,\"reasoning\":\"r\",\"function_calls\":[{\"name\":\"f\",\"arguments\":"
        + "{\"x\":1}}],\"delay_ms\":5,\"write_size\":3,\"match\":{\"model\":\"a\"}},"
        + "{\"id\":3,\"reset\":true,\"method\":\"DELETE\",\"path\":\"/v1/responses/resp_1\"}]}");
    assertThat(Admin.json(deleted).toString()).isEqualTo("{\"deleted\":3}");
    assertThat(after.toString()).isEqualTo("{\"replies\":[]}");
    assertThat(Http.post(Http.at(server, "/responses"), CREATE).statusCode()).isEqualTo(400);
  }

  @Test
  void anErrorQueuedFromJavaIsListedAsTheErrorItSends() throws Exception {
    server.enqueue(Reply.rateLimited(Duration.ofMillis(250)));

    JsonObject listed = Admin.json(Admin.get(server, "replies"));

    assertThat(listed.getJsonArray("replies").getJsonObject(0).toString()).isEqualTo(
        "{\"id\":1,\"error\":{\"status\":429,\"message\":\"Rate limit reached for requests."
        + " Please try again in 250ms.\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"},"
        + "\"headers\":{\"retry-after\":\"1\",\"retry-after-ms\":\"250\"}}");
  }

  private Response create(String json) throws Exception {
    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ResponsesJson.fromJson(answer.body(), Response.class);
  }
}
