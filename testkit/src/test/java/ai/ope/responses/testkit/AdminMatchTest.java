package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Queued replies with {@code match}: each answers the first create request whose body contains
 * its subset, so replies for concurrent or reordered requests can be queued up front.
 */
class AdminMatchTest {

  private final FakeResponsesServer server = FakeResponsesServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void eachMatchedReplyAnswersItsOwnRequestWhateverTheOrder() throws Exception {
    Admin.queue(server, "{\"replies\":["
        + "{\"match\":{\"input\":\"weather?\"},\"text\":\"Sunny.\"},"
        + "{\"match\":{\"input\":\"time?\"},\"text\":\"Noon.\"}]}");

    Response time = create("{\"model\":\"m\",\"input\":\"time?\"}");
    Response weather = create("{\"model\":\"m\",\"input\":\"weather?\"}");

    assertThat(time.outputText()).isEqualTo("Noon.");
    assertThat(weather.outputText()).isEqualTo("Sunny.");
    assertThat(server.requests()).extracting(RecordedRequest::answeredBy)
        .containsExactly("queued reply #2", "queued reply #1");
  }

  @Test
  void aSubsetMatchesNestedMembersAndNumbersByValue() throws Exception {
    Admin.queue(server, "{\"match\":{\"metadata\":{\"run\":\"7\"},\"temperature\":1,"
        + "\"input\":[{\"role\":\"user\",\"content\":\"x\"}]},\"text\":\"Matched.\"}");
    String input = "\"input\":[{\"type\":\"message\",\"role\":\"user\",\"content\":\"x\"}]";

    HttpResponse<String> otherRun = Http.post(Http.at(server, "/responses"), "{\"model\":\"m\","
        + input + ",\"metadata\":{\"run\":\"8\"},\"temperature\":1.0}");
    HttpResponse<String> longerInput = Http.post(Http.at(server, "/responses"),
        "{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":\"x\"},"
            + "{\"role\":\"user\",\"content\":\"y\"}],\"metadata\":{\"run\":\"7\"},"
            + "\"temperature\":1}");
    Response matched = create("{\"model\":\"m\"," + input + ",\"temperature\":1.0,"
        + "\"metadata\":{\"run\":\"7\",\"user\":\"u\"}}");

    assertThat(otherRun.statusCode()).as("nothing answers it: strict").isEqualTo(400);
    assertThat(longerInput.statusCode()).as("arrays match element by element").isEqualTo(400);
    assertThat(matched.outputText()).isEqualTo("Matched.");
  }

  @Test
  void theOldestReplyThatMayAnswerIsUsedAndOthersWait() throws Exception {
    Admin.queue(server, "{\"replies\":[{\"match\":{\"model\":\"b\"},\"text\":\"for b\"},"
        + "{\"text\":\"for anyone, first\"},{\"text\":\"for anyone, second\"}]}");

    Response a = create("{\"model\":\"a\",\"input\":\"x\"}");
    Response b = create("{\"model\":\"b\",\"input\":\"x\"}");
    Response c = create("{\"model\":\"c\",\"input\":\"x\"}");

    assertThat(a.outputText()).isEqualTo("for anyone, first");
    assertThat(b.outputText()).isEqualTo("for b");
    assertThat(c.outputText()).isEqualTo("for anyone, second");
  }

  @Test
  void aMatchOnAnotherEndpointLooksAtThatEndpointsRequests() throws Exception {
    Admin.queue(server, "{\"method\":\"POST\",\"path\":\"/v1/responses/input_tokens\","
        + "\"match\":{\"model\":\"big\"},\"error\":{\"status\":413,\"message\":\"Too long.\"}}");

    HttpResponse<String> small = Http.post(Http.at(server, "/responses/input_tokens"),
        "{\"model\":\"small\",\"input\":\"x\"}");
    HttpResponse<String> big = Http.post(Http.at(server, "/responses/input_tokens"),
        "{\"model\":\"big\",\"input\":\"x\"}");

    assertThat(small.statusCode()).isEqualTo(200);
    assertThat(big.statusCode()).isEqualTo(413);
  }

  private Response create(String json) throws Exception {
    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ResponsesJson.fromJson(answer.body(), Response.class);
  }
}
