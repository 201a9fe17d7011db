package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestMatcher#jsonSubset}: what a subset matches, and queued replies that wait for the
 * request they match ({@link FakeResponsesServer#enqueue(RequestMatcher, Reply)}).
 */
class JsonSubsetTest {

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "{}                              | {\"a\":1}                          | true",
      "{\"a\":1}                       | {\"a\":1.0,\"b\":2}                | true",
      "{\"a\":1}                       | {\"a\":\"1\"}                      | false",
      "{\"a\":1}                       | {\"b\":1}                          | false",
      "{\"a\":{\"b\":true}}            | {\"a\":{\"b\":true,\"c\":null}}    | true",
      "{\"a\":{\"b\":true}}            | {\"a\":{\"b\":false}}              | false",
      "{\"a\":null}                    | {\"a\":null}                       | true",
      "{\"a\":null}                    | {}                                 | false",
      "{\"a\":[1,{\"b\":2}]}           | {\"a\":[1,{\"b\":2,\"c\":3}]}      | true",
      "{\"a\":[1,2]}                   | {\"a\":[2,1]}                      | false",
      "{\"a\":[1]}                     | {\"a\":[1,2]}                      | false",
      "{\"a\":\"x\"}                   | {\"a\":\"X\"}                      | false",
      "{\"a\":1e2}                     | {\"a\":100}                        | true"})
  void aSubsetHoldsWhenEveryMemberGivenMatches(String subset, String body, boolean matches) {
    assertThat(JsonSubset.contains(Json.parse(body).orElseThrow(),
        Json.parse(subset).orElseThrow())).isEqualTo(matches);
  }

  @Test
  void onlyAJsonObjectIsASubset() {
    assertThatThrownBy(() -> RequestMatcher.jsonSubset("[1]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> RequestMatcher.jsonSubset("{\"a\":"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMatchedQueuedReplyWaitsForItsRequestWhilePlainOnesAnswerInOrder() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      server.enqueue(RequestMatcher.jsonSubset("{\"input\":\"second\"}"), Reply.text("matched"));
      server.enqueue(Reply.text("plain 1"));
      server.enqueue(Reply.text("plain 2"));

      assertThat(text(server, "first")).isEqualTo("plain 1");
      assertThat(text(server, "second")).isEqualTo("matched");
      assertThat(text(server, "third")).isEqualTo("plain 2");
    }
  }

  @Test
  void aMatcherMaySelectRequestsOfAnyEndpoint() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      server.enqueue(RequestMatcher.request("GET", "/v1/responses/resp_1"),
          Reply.serviceUnavailable());

      assertThat(Http.get(Http.at(server, "/responses/resp_1")).statusCode()).isEqualTo(503);
      assertThat(Http.get(Http.at(server, "/responses/resp_1")).statusCode()).isEqualTo(404);
    }
  }

  private static String text(FakeResponsesServer server, String input) throws Exception {
    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"),
        "{\"model\":\"m\",\"input\":\"" + input + "\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ResponsesJson.fromJson(answer.body(), Response.class).outputText();
  }
}
