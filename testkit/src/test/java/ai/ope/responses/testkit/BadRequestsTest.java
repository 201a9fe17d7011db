package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.ApiError;
import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.ResponsesJson;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad requests get the right 4xx in the API's envelope, and the server keeps serving. */
class BadRequestsTest {

  private final FakeResponsesServer server = FakeResponsesServer.builder()
      .maxRequestBytes(1024).start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void malformedJson() throws Exception {
    assertError(Http.post(Http.at(server, "/responses"), "{\"model\":"), 400, "invalid_json");
    assertError(Http.post(Http.at(server, "/responses"), "[1,2]"), 400, "invalid_json");
  }

  @Test
  void wrongContentType() throws Exception {
    HttpResponse<String> answer = Http.send(HttpRequest.newBuilder(Http.at(server, "/responses"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"x\"}")));

    assertError(answer, 415, "unsupported_content_type");
  }

  @Test
  void missingModelOrInputWithAScriptedReply() throws Exception {
    server.enqueue(Reply.text("x"));
    server.enqueue(Reply.text("x"));

    ApiError model = assertError(
        Http.post(Http.at(server, "/responses"), "{\"input\":\"x\"}"), 400,
        "missing_required_parameter");
    ApiError input = assertError(
        Http.post(Http.at(server, "/responses"), "{\"model\":\"m\"}"), 400,
        "missing_required_parameter");

    assertThat(model.param()).isEqualTo("model");
    assertThat(input.param()).isEqualTo("input");
  }

  @Test
  void aBodyOfTheWrongShapeNamesTheMember() throws Exception {
    server.enqueue(Reply.text("x"));
    server.enqueue(Reply.text("x"));
    String body = "{\"model\":\"m\",\"input\":\"x\",\"max_output_tokens\":\"many\"}";

    ApiError validated = assertError(Http.post(Http.at(server, "/responses"), body), 400,
        "invalid_type");
    server.validateRequests(false);
    ApiError unreadable = assertError(Http.post(Http.at(server, "/responses"), body), 400,
        "invalid_type");

    // as the API names it; without validation, the scripted reply cannot be rendered from a
    // body of that shape, and the fake says where by its JSON pointer
    assertThat(validated.param()).isEqualTo("max_output_tokens");
    assertThat(validated.message()).isEqualTo("Invalid type for 'max_output_tokens': expected"
        + " an integer, but got a string instead.");
    assertThat(unreadable.param()).isEqualTo("/max_output_tokens");
  }

  @Test
  void bodyOverTheLimit() throws Exception {
    String big = "{\"model\":\"m\",\"input\":\"" + "x".repeat(2000) + "\"}";

    assertError(Http.post(Http.at(server, "/responses"), big), 413, "request_too_large");
  }

  @Test
  void aLimitOfLongMaxValueStillReadsTheBody() throws Exception {
    // Found by CassetteReaderFuzzTest's replay of loaded cassettes: the limit plus one byte
    // overflowed, and every body was read as empty (a 400 "expects a JSON object").
    try (FakeResponsesServer unlimited = FakeResponsesServer.builder()
        .maxRequestBytes(Long.MAX_VALUE).fallback(FakeResponsesServer.Fallback.MODEL).start()) {
      HttpResponse<String> answer = Http.post(Http.at(unlimited, "/responses"),
          "{\"model\":\"m\",\"input\":\"x\"}");

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(unlimited.takeRequest().bodyAsString()).contains("\"model\"");
    }
  }

  @Test
  void unknownPathAndWrongMethod() throws Exception {
    HttpResponse<String> unknown = Http.post(Http.at(server, "/chat/completions"), "{}");
    HttpResponse<String> wrongMethod = Http.get(Http.at(server, "/responses"));

    assertThat(assertError(unknown, 404, null).message())
        .isEqualTo("Invalid URL (POST /v1/chat/completions)");
    assertError(wrongMethod, 405, null);
  }

  @Test
  void aRequiredApiKeyIsChecked() throws Exception {
    try (FakeResponsesServer keyed = FakeResponsesServer.builder()
        .requireApiKey("sk-test-canary").start()) {
      keyed.enqueue(Reply.text("welcome"));

      HttpResponse<String> none = Http.post(Http.at(keyed, "/responses"), "{\"model\":\"m\"}");
      HttpResponse<String> wrong = Http.send(HttpRequest.newBuilder(Http.at(keyed, "/responses"))
          .header("Authorization", "Bearer sk-wrong")
          .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"x\"}")));
      HttpResponse<String> right = Http.send(HttpRequest.newBuilder(Http.at(keyed, "/responses"))
          .header("Authorization", "Bearer sk-test-canary")
          .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"x\"}")));

      assertError(none, 401, null);
      assertThat(assertError(wrong, 401, "invalid_api_key").message()).doesNotContain("sk-");
      assertThat(right.statusCode()).isEqualTo(200);
      assertThat(keyed.takeRequest().toString()).doesNotContain("sk-test-canary");
    }
  }

  @Test
  void theServerKeepsServingAfterBadRequests() throws Exception {
    Http.post(Http.at(server, "/responses"), "not json");
    Http.post(Http.at(server, "/nowhere"), "{}");
    server.enqueue(Reply.text("fine"));

    HttpResponse<String> answer =
        Http.post(Http.at(server, "/responses"), "{\"model\":\"m\",\"input\":\"x\"}");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(server.requestCount()).isEqualTo(3);
  }

  private static ApiError assertError(HttpResponse<String> answer, int status, String code) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    ApiError error = ResponsesJson.fromJson(answer.body(), ErrorResponse.class).error();
    assertThat(error.type()).isEqualTo("invalid_request_error");
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.message()).isNotBlank();
    return error;
  }
}
