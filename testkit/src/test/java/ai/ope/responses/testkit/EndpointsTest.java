package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.DeletedResponse;
import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.InputItemList;
import ai.ope.responses.api.InputTokenCount;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole endpoint family, driven with the JDK's HTTP client only. */
class EndpointsTest {

  private final FakeResponsesServer server = FakeResponsesServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void baseUriIsLoopbackAndEndsInV1() {
    assertThat(server.baseUri().toString()).startsWith("http://127.0.0.1:").endsWith("/v1");
    assertThat(server.port()).isPositive();
  }

  @Test
  void createAnswersWithTheScriptedResponseAndRecordsTheRequest() throws Exception {
    server.enqueue(Reply.text("Hello from the fake."));

    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"),
        "{\"model\":\"gpt-5.4-mini\",\"input\":\"Hi\",\"metadata\":{\"k\":\"v\"}}");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(answer.headers().firstValue("x-request-id")).hasValueSatisfying(
        id -> assertThat(id).startsWith("req_"));
    Response response = ResponsesJson.fromJson(answer.body(), Response.class);
    assertThat(response.id()).startsWith("resp_");
    assertThat(response.status()).isEqualTo("completed");
    assertThat(response.model()).isEqualTo("gpt-5.4-mini");
    assertThat(response.outputText()).isEqualTo("Hello from the fake.");
    assertThat(response.metadata()).containsEntry("k", "v");
    assertThat(response.usage().totalTokens()).isEqualTo(
        response.usage().inputTokens() + response.usage().outputTokens());
    assertThat(answer.body()).contains("\"error\":null", "\"incomplete_details\":null");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/responses");
    assertThat(sent.header("content-type")).hasValue("application/json");
  }

  @Test
  void retrieveDeleteAndRetrieveAgain() throws Exception {
    server.enqueue(Reply.text("kept"));
    Response created = create("{\"model\":\"m\",\"input\":\"Hi\"}");

    HttpResponse<String> retrieved = Http.get(Http.at(server, "/responses/" + created.id()));
    HttpResponse<String> deleted = Http.delete(Http.at(server, "/responses/" + created.id()));
    HttpResponse<String> gone = Http.get(Http.at(server, "/responses/" + created.id()));

    assertThat(ResponsesJson.fromJson(retrieved.body(), Response.class)).isEqualTo(created);
    assertThat(ResponsesJson.fromJson(deleted.body(), DeletedResponse.class).deleted()).isTrue();
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(ResponsesJson.fromJson(gone.body(), ErrorResponse.class).error().message())
        .isEqualTo("Response with id '" + created.id() + "' not found.");
  }

  @Test
  void storeFalseIsNotKept() throws Exception {
    server.enqueue(Reply.text("ephemeral"));
    Response created = create("{\"model\":\"m\",\"input\":\"Hi\",\"store\":false}");

    assertThat(Http.get(Http.at(server, "/responses/" + created.id())).statusCode())
        .isEqualTo(404);
    assertThat(server.storedResponse(created.id())).isEmpty();
  }

  @Test
  void previousResponseIdResolvesAgainstTheStore() throws Exception {
    server.enqueue(Reply.text("first"));
    server.enqueue(Reply.text("second"));
    Response first = create("{\"model\":\"m\",\"input\":\"Hi\"}");

    Response second = create(
        "{\"model\":\"m\",\"input\":\"More\",\"previous_response_id\":\"" + first.id() + "\"}");
    HttpResponse<String> unknown = Http.post(Http.at(server, "/responses"),
        "{\"model\":\"m\",\"input\":\"x\",\"previous_response_id\":\"resp_nope\"}");

    assertThat(second.previousResponseId()).isEqualTo(first.id());
    assertThat(unknown.statusCode()).isEqualTo(404);
    ErrorResponse error = ResponsesJson.fromJson(unknown.body(), ErrorResponse.class);
    assertThat(error.error().code()).isEqualTo("previous_response_not_found");
    assertThat(error.error().param()).isEqualTo("previous_response_id");
  }

  @Test
  void backgroundResponsesQueueCompleteAndCancel() throws Exception {
    server.enqueue(Reply.text("done later"));
    server.enqueue(Reply.text("never"));
    Response queued = create("{\"model\":\"m\",\"input\":\"a\",\"background\":true}");
    Response toCancel = create("{\"model\":\"m\",\"input\":\"b\",\"background\":true}");

    Response completed = ResponsesJson.fromJson(
        Http.get(Http.at(server, "/responses/" + queued.id())).body(), Response.class);
    Response cancelled = ResponsesJson.fromJson(
        Http.post(Http.at(server, "/responses/" + toCancel.id() + "/cancel"), "").body(),
        Response.class);

    assertThat(queued.status()).isEqualTo("queued");
    assertThat(completed.status()).isEqualTo("completed");
    assertThat(completed.outputText()).isEqualTo("done later");
    assertThat(cancelled.status()).isEqualTo("cancelled");
  }

  @Test
  void cancellingAForegroundResponseIsRefused() throws Exception {
    server.enqueue(Reply.text("x"));
    Response created = create("{\"model\":\"m\",\"input\":\"a\"}");

    HttpResponse<String> refused =
        Http.post(Http.at(server, "/responses/" + created.id() + "/cancel"), "");

    assertThat(refused.statusCode()).isEqualTo(400);
  }

  @Test
  void inputItemsArePagedWithCursors() throws Exception {
    server.enqueue(Reply.text("ok"));
    Response created = create("{\"model\":\"m\",\"input\":[" + String.join(",",
        message("one"), message("two"), message("three"), message("four"), message("five"))
        + "]}");
    String items = "/responses/" + created.id() + "/input_items";

    InputItemList newest = list(items + "?limit=2");
    InputItemList next = list(items + "?limit=2&after=" + newest.lastId());
    InputItemList oldestFirst = list(items + "?order=asc&limit=10");

    assertThat(texts(newest)).containsExactly("five", "four");
    assertThat(newest.hasMore()).isTrue();
    assertThat(texts(next)).containsExactly("three", "two");
    assertThat(texts(oldestFirst)).containsExactly("one", "two", "three", "four", "five");
    assertThat(oldestFirst.hasMore()).isFalse();
    assertThat(oldestFirst.firstId()).startsWith("msg_");
  }

  @Test
  void inputTokensAreCountedDeterministically() throws Exception {
    String body = "{\"model\":\"m\",\"input\":\"Count these tokens, please.\"}";

    HttpResponse<String> first = Http.post(Http.at(server, "/responses/input_tokens"), body);
    HttpResponse<String> second = Http.post(Http.at(server, "/responses/input_tokens"), body);

    InputTokenCount count = ResponsesJson.fromJson(first.body(), InputTokenCount.class);
    assertThat(count.object()).isEqualTo("response.input_tokens");
    assertThat(count.inputTokens()).isPositive();
    assertThat(second.body()).isEqualTo(first.body());
  }

  @Test
  void resetForgetsEverything() throws Exception {
    server.enqueue(Reply.text("x"));
    Response created = create("{\"model\":\"m\",\"input\":\"a\"}");

    server.reset();

    assertThat(server.requestCount()).isZero();
    assertThat(server.storedResponse(created.id())).isEmpty();
    assertThat(Http.post(Http.at(server, "/responses"), "{\"model\":\"m\",\"input\":\"a\"}")
        .statusCode()).isEqualTo(400);
  }

  private Response create(String json) throws Exception {
    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ResponsesJson.fromJson(answer.body(), Response.class);
  }

  private InputItemList list(String path) throws Exception {
    HttpResponse<String> answer = Http.get(Http.at(server, path));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ResponsesJson.fromJson(answer.body(), InputItemList.class);
  }

  private static List<String> texts(InputItemList list) {
    return list.data().stream().map(item -> ((Message) item).text()).toList();
  }

  private static String message(String text) {
    return "{\"role\":\"user\",\"content\":\"" + text + "\"}";
  }
}
