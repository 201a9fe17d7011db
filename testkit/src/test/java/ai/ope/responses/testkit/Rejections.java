package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.ApiError;
import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.ResponsesJson;
import java.io.IOException;
import java.net.http.HttpResponse;

/** Sends request bodies to a fake server and reads the API's 400 its validation answers with. */
final class Rejections {

  private final FakeResponsesServer server;

  Rejections(FakeResponsesServer server) {
    this.server = server;
  }

  /** The error a body posted to this path (under /v1) gets: a 400 in the API's envelope. */
  ApiError of(String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> answer = Http.post(Http.at(server, path), body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    ApiError error = ResponsesJson.fromJson(answer.body(), ErrorResponse.class).error();
    assertThat(error.type()).isEqualTo("invalid_request_error");
    // the API writes both members, as null when there is nothing to say
    assertThat(answer.body()).contains("\"param\":").contains("\"code\":");
    return error;
  }

  /** Asserts the whole error a create request gets. */
  void assertCreate(String body, String code, String param, String message)
      throws IOException, InterruptedException {
    assertError(of("/responses", body), code, param, message);
  }

  static void assertError(ApiError error, String code, String param, String message) {
    assertThat(error.message()).isEqualTo(message);
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.param()).isEqualTo(param);
  }

  /** The status a body posted to this path gets. */
  int status(String path, String body) throws IOException, InterruptedException {
    return Http.post(Http.at(server, path), body).statusCode();
  }
}
