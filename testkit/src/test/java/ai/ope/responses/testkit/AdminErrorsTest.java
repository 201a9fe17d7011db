package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.ApiError;
import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.ResponsesJson;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad admin requests: each gets a 4xx in the API's error envelope whose message says what is
 * wrong, with the offending member in {@code param}, and changes nothing.
 */
class AdminErrorsTest {

  private static final FakeResponsesServer SERVER = FakeResponsesServer.start();

  @AfterAll
  static void close() {
    SERVER.close();
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        bad("POST", "replies", "{\"text\": }", 400, "invalid_json", null, "could not parse"),
        bad("POST", "replies", "", 400, "invalid_json", null, "the body is empty"),
        bad("POST", "replies", "[{\"text\":\"a\"}]", 400, "invalid_type", "body",
            "expected an object, but got an array"),
        bad("POST", "replies", "{\"txt\":\"hi\"}", 400, "unknown_parameter", "txt",
            "Unknown parameter: 'txt'. Did you mean 'text'? Expected one of: text, refusal"),
        bad("POST", "replies", "{\"text\":\"a\",\"streaming\":true}", 400, "unknown_parameter",
            "streaming", "Unknown parameter: 'streaming'. Expected one of:"),
        bad("POST", "replies", "{\"text\":\"a\"}{\"text\":\"b\"}", 400, "invalid_json", null,
            "more follows the first JSON value"),
        bad("POST", "replies", "{\"replies\":[{\"text\":\"a\"},{\"text\":\"b\",\"dealy_ms\":5}]}",
            400, "unknown_parameter", "replies[1].dealy_ms", "'replies[1].dealy_ms'"),
        bad("POST", "replies", "{\"replies\":[{\"function_calls\":[{\"name\":\"f\",\"args\":1}]}]}",
            400, "unknown_parameter", "replies[0].function_calls[0].args", "Expected one of:"
            + " name, arguments, call_id"),
        bad("POST", "replies", "{\"text\":5}", 400, "invalid_type", "text",
            "expected a string, but got a number instead"),
        bad("POST", "replies", "{\"function_calls\":[{\"name\":\"f\",\"arguments\":[1]}]}", 400,
            "invalid_type", "function_calls[0].arguments", "an object or a string of JSON"),
        bad("POST", "replies", "{\"function_calls\":{\"name\":\"f\"}}", 400, "invalid_type",
            "function_calls", "expected an array, but got an object"),
        bad("POST", "replies", "{\"function_calls\":[{\"arguments\":{}}]}", 400,
            "missing_required_parameter", "function_calls[0].name", "'function_calls[0].name'"),
        bad("POST", "replies", "{\"text\":\"a\",\"delay_ms\":-5}", 400, "integer_below_min_value",
            "delay_ms", "Expected a value >= 0, but got -5 instead."),
        bad("POST", "replies", "{\"text\":\"a\",\"cut_after_events\":1.5}", 400, "invalid_type",
            "cut_after_events", "expected an integer"),
        bad("POST", "replies", "{\"text\":\"a\",\"chunks\":0}", 400, "integer_below_min_value",
            "chunks", ">= 1"),
        bad("POST", "replies", "{\"text\":\"a\",\"write_size\":1e12}", 400,
            "integer_above_max_value", "write_size", "<= 2147483647"),
        bad("POST", "replies", "{\"delay_ms\":5}", 400, "missing_required_parameter", null,
            "must say what to answer: give one of text, refusal"),
        bad("POST", "replies", "{\"text\":\"a\",\"error\":{\"status\":500,\"message\":\"x\"}}",
            400, "conflicting_parameters", "error", "'text' and 'error' cannot be combined"),
        bad("POST", "replies", "{\"text\":\"a\",\"replies\":[]}", 400, "conflicting_parameters",
            "text", "belongs inside one of them"),
        bad("POST", "replies", "{\"error\":{\"status\":200,\"message\":\"x\"}}", 400,
            "integer_below_min_value", "error.status", ">= 400"),
        bad("POST", "replies", "{\"error\":{\"status\":500}}", 400,
            "missing_required_parameter", "error.message", "'error.message'"),
        bad("POST", "replies", "{\"rate_limited_ms\":10,\"cut_after_events\":1}", 400,
            "conflicting_parameters", "cut_after_events", "an error reply has no events"),
        bad("POST", "replies", "{\"reset\":true,\"write_size\":1}", 400,
            "conflicting_parameters", "write_size", "only 'delay_ms' applies"),
        bad("POST", "replies", "{\"reset\":false}", 400, "invalid_value", "reset",
            "only true is meaningful"),
        bad("POST", "replies", "{\"text\":\"a\",\"write_pause_ms\":5}", 400,
            "missing_required_parameter", "write_size", "'write_size'"),
        bad("POST", "replies", "{\"text\":\"a\",\"incomplete\":\"tired\"}", 400, "invalid_value",
            "incomplete", "max_output_tokens, content_filter"),
        bad("POST", "replies", "{\"output\":[{\"text\":\"a\",\"refusal\":\"b\"}]}", 400,
            "invalid_value", "output[0]", "exactly one of"),
        bad("POST", "replies", "{\"output\":[],\"text\":\"a\"}", 400, "conflicting_parameters",
            "text", "'output' lists every item"),
        bad("POST", "replies", "{\"text\":\"a\",\"headers\":{\"x-a\":\"b\\nc\"}}", 400,
            "invalid_value", "headers.x-a", "printable ASCII"),
        bad("POST", "replies", "{\"text\":\"a\",\"headers\":{\"content-length\":\"1\"}}", 400,
            "invalid_value", "headers.content-length", "the server's own"),
        bad("POST", "replies", "{\"text\":\"a\",\"method\":\"GET\"}", 400,
            "missing_required_parameter", "path", "name an endpoint together"),
        bad("POST", "replies", "{\"text\":\"a\",\"method\":\"GET\",\"path\":\"v1/x\"}", 400,
            "invalid_value", "path", "starting with /"),
        bad("POST", "replies", "{\"text\":\"a\",\"method\":\"POST\",\"path\":\"/__admin/reset\"}",
            400, "invalid_value", "path", "the admin API answers its own paths"),
        bad("POST", "replies", "{\"text\":\"a\",\"match\":\"model\"}", 400, "invalid_type",
            "match", "expected an object"),
        bad("POST", "replies", "{\"replies\":[]}", 400, "invalid_value", "replies",
            "nothing to queue"),
        bad("POST", "replies", "[".repeat(5000), 400, "invalid_json", null, "could not parse"),
        bad("GET", "requests?since=abc", "", 400, "invalid_value", "since", "got 'abc'"),
        bad("GET", "requests?since=-1", "", 400, "invalid_value", "since", "0 or more"),
        bad("GET", "replies?limit=3", "", 400, "unknown_parameter", "limit", "'limit'"),
        bad("POST", "reset", "{\"keep_cassettes\":false}", 400, "invalid_value", "body",
            "takes no body"),
        bad("GET", "nope", "", 404, "unknown_admin_endpoint", null,
            "Unknown admin endpoint: GET /__admin/nope. The admin API has: GET /__admin/,"),
        bad("GET", "replies/1", "", 404, "unknown_admin_endpoint", null, "/__admin/replies/1"),
        bad("PUT", "replies", "{}", 405, "method_not_allowed", null,
            "Method PUT is not allowed on /__admin/replies; it takes DELETE, GET, POST."),
        bad("GET", "reset", "", 405, "method_not_allowed", null, "it takes POST."));
  }

  private static Arguments bad(String method, String path, String body, int status, String code,
      String param, String message) {
    return Arguments.of(method, path, body, status, code, param, message);
  }

  @ParameterizedTest(name = "{0} /__admin/{1} {2}")
  @MethodSource("badRequests")
  void aBadRequestIsRefusedWithAClearError(String method, String path, String body, int status,
      String code, String param, String message) throws Exception {
    HttpResponse<String> answer = Admin.send(SERVER, method, path, body);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    ApiError error = ResponsesJson.fromJson(answer.body(), ErrorResponse.class).error();
    assertThat(error.type()).isEqualTo("invalid_request_error");
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.param()).isEqualTo(param);
    assertThat(error.message()).contains(message);
    assertThat(Admin.json(Admin.get(SERVER, "replies")).getJsonArray("replies"))
        .as("nothing queued").isEmpty();
  }

  @Test
  void aRefusedListQueuesNoneOfItsReplies() throws Exception {
    HttpResponse<String> refused = Admin.post(SERVER, "replies",
        "{\"replies\":[{\"text\":\"fine\"},{\"text\":\"fine too\"},{\"text\":[]}]}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("replies[2].text");
    assertThat(Admin.json(Admin.get(SERVER, "replies")).getJsonArray("replies")).isEmpty();
  }

  @Test
  void aWrongMethodIsToldWhichMethodsTheEndpointTakes() throws Exception {
    HttpResponse<String> answer = Admin.send(SERVER, "PATCH", "requests", "");

    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("allow")).hasValue("DELETE, GET");
  }
}
