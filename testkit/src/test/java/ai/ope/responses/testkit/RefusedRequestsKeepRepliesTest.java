package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scripted response answers only a request the real server would take: a request the server
 * refuses gets its error, and the reply stays for the next request, as a test expects.
 */
class RefusedRequestsKeepRepliesTest {

  private static final String CREATE = "{\"model\":\"gpt-5.4-mini\",\"input\":\"Hi\"}";

  private final FakeResponsesServer server = FakeResponsesServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void aQueuedReplyOutlivesARefusedRequest() throws Exception {
    server.enqueue(Reply.text("kept"));

    HttpResponse<String> refused = Http.post(Http.at(server, "/responses"), "not json");
    HttpResponse<String> answered = Http.post(Http.at(server, "/responses"), CREATE);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(ResponsesJson.fromJson(answered.body(), Response.class).outputText())
        .isEqualTo("kept");
    assertThat(server.requests()).extracting(RecordedRequest::answeredBy)
        .first().asString().startsWith("protocol: ");
    assertThat(server.requests().get(1).answeredBy()).isEqualTo("queued reply #1");
  }

  @Test
  void aStubDoesNotAdvancePastARefusedRequest() throws Exception {
    server.when(RequestMatcher.createResponse())
        .reply(Reply.text("first"), Reply.text("second"));

    Http.post(Http.at(server, "/responses"), "[1]");
    HttpResponse<String> answered = Http.post(Http.at(server, "/responses"), CREATE);

    assertThat(ResponsesJson.fromJson(answered.body(), Response.class).outputText())
        .isEqualTo("first");
  }

  @Test
  void aScriptedFaultStillAnswersAnyRequest() throws Exception {
    server.enqueue(Reply.serverError());

    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), "not json");

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(server.requests().get(0).answeredBy()).isEqualTo("queued reply #1");
  }
}
