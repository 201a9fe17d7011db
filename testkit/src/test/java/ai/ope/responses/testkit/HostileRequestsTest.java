package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.ApiError;
import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests no client should send, sent by hand: traversal in paths, absurd, unknown and doubled
 * query parameters, odd methods, JSON nested beyond reason. Each gets a 4xx in the API's
 * envelope, and the server answers a normal request afterwards.
 */
class HostileRequestsTest {

  private static final String CREATE = "{\"model\":\"m\",\"input\":\"x\"}";

  private final FakeResponsesServer server = FakeResponsesServer.start();
  private String id;

  @BeforeEach
  void storeOneResponse() throws Exception {
    server.enqueue(Reply.text("kept"));
    id = ResponsesJson.fromJson(Http.post(Http.at(server, "/responses"), CREATE).body(),
        Response.class).id();
  }

  @AfterEach
  void theServerKeepsServing() throws Exception {
    server.enqueue(Reply.text("still here"));
    RawHttp.Answer answer = RawHttp.send(server, "POST /v1/responses HTTP/1.1", CREATE);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    server.close();
  }

  @Test
  void traversalInThePathIsAnUnknownPathOrId() throws Exception {
    for (String path : List.of("/v1/responses/..%2F..%2Fetc%2Fpasswd",
        "/v1/responses/../../etc/passwd", "/v1/../../../etc/passwd",
        "/v1/responses/%2e%2e/input_items", "/v1/responses/..%5C..%5Cwin.ini/cancel")) {
      String method = path.endsWith("cancel") ? "POST" : "GET";
      ApiError error = assertError(send(method + " " + path), 404, null);

      assertThat(error.message()).doesNotContain("root:");
    }
  }

  @Test
  void absurdQueryValues() throws Exception {
    String items = "GET /v1/responses/" + id + "/input_items";
    assertError(send(items + "?limit=-1"), 400, "invalid_value");
    assertError(send(items + "?limit=99999999999"), 400, "invalid_value");
    assertError(send(items + "?order=sideways"), 400, "invalid_value");
    assertError(send("GET /v1/responses/" + id + "?stream=true&starting_after=99999999999"), 400,
        "invalid_type");
    assertError(send("GET /v1/responses/" + id + "?stream=maybe"), 400, "invalid_value");

    ApiError hugeAfter = assertError(send(items + "?after=" + "a".repeat(100 * 1024)), 400,
        "invalid_value");

    assertThat(hugeAfter.message()).hasSizeLessThan(200).contains("102400 characters");
  }

  @Test
  void unknownAndRepeatedParameters() throws Exception {
    assertThat(assertError(send("GET /v1/responses/" + id + "?unknown=1"), 400,
        "unknown_parameter").param()).isEqualTo("unknown");
    assertError(send("GET /v1/responses/" + id + "/input_items?limt=5"), 400,
        "unknown_parameter");
    assertError(send("DELETE /v1/responses/" + id + "?force=true"), 400, "unknown_parameter");
    assertError(send("POST /v1/responses?stream=true", CREATE), 400, "unknown_parameter");
    assertThat(assertError(send("GET /v1/responses/" + id + "/input_items?limit=1&limit=2"), 400,
        "duplicate_parameter").param()).isEqualTo("limit");

    // arrays are repeated parameters, and SDKs add ?beta=true
    assertThat(send("GET /v1/responses/" + id + "/input_items?include=a&include=b&beta=true")
        .status()).isEqualTo(200);
  }

  @Test
  void oddMethods() throws Exception {
    for (String method : List.of("PUT", "PATCH", "OPTIONS", "TRACE", "FOO")) {
      assertError(send(method + " /v1/responses"), 405, null);
    }
    // a HEAD answer has no body, by definition
    assertThat(send("HEAD /v1/responses").status()).isEqualTo(405);
  }

  @Test
  void longPathsAreNotEchoedWhole() throws Exception {
    ApiError error = assertError(send("GET /v1/responses/" + "x".repeat(100 * 1024)), 404, null);

    assertThat(error.message()).hasSizeLessThan(200);
  }

  @Test
  void jsonNestedBeyondReason() throws Exception {
    for (String path : List.of("/v1/responses", "/v1/responses/input_tokens")) {
      assertError(send("POST " + path, "[".repeat(100_000)), 400, "invalid_json");
      assertError(send("POST " + path, "{\"a\":".repeat(50_000)), 400, "invalid_json");
    }
    server.enqueue(Reply.text("never"));
    String deepInput = "{\"model\":\"m\",\"input\":["
        + "{\"type\":\"message\",\"role\":\"user\",\"content\":[".repeat(3000) + "]}";

    // a scripted reply answers only a request the server could read, as the real one would
    ApiError scripted = assertError(send("POST /v1/responses", deepInput), 400, "invalid_json");

    assertThat(scripted.message()).contains("could not parse the JSON body");
  }

  @Test
  void aQueryThatIsNotAUriIsRefusedByTheHttpServerItself() throws Exception {
    // The JDK's HTTP server rejects the request line before any handler runs, with a 400 of
    // its own (not the API's envelope): a limit of the engine, noted in docs/reliability.md.
    assertThat(send("GET /v1/responses/" + id + "/input_items?limit=%ZZ").status())
        .isEqualTo(400);
  }

  @Test
  void aFailureOfTheFakeItselfIsA500ThatSaysWhy() throws Exception {
    server.when(request -> {
      throw new IllegalStateException("a matcher that fails");
    }).reply(Reply.text("never"));

    RawHttp.Answer answer;
    try (CapturedLogs logs = new CapturedLogs()) {
      answer = send("POST /v1/responses", CREATE);

      assertThat(logs.warnings()).singleElement().asString()
          .contains("failed to answer POST /v1/responses");
    }
    assertThat(answer.status()).isEqualTo(500);
    ApiError error = ResponsesJson.fromJson(answer.body(), ErrorResponse.class).error();
    assertThat(error.type()).isEqualTo("server_error");
    assertThat(error.message()).contains("a matcher that fails");
    server.reset();
  }

  private RawHttp.Answer send(String request) throws Exception {
    return send(request, "");
  }

  private RawHttp.Answer send(String request, String body) throws Exception {
    return RawHttp.send(server, request + " HTTP/1.1", body);
  }

  private static ApiError assertError(RawHttp.Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    ApiError error = ResponsesJson.fromJson(answer.body(), ErrorResponse.class).error();
    assertThat(error.type()).isEqualTo("invalid_request_error");
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.message()).isNotBlank();
    return error;
  }
}
