package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each error status becomes its exception, with the envelope, the request id and the body. */
class ErrorMappingTest {

  private final FakeServerFixture fixture =
      new FakeServerFixture(FakeResponsesServer.start(), builder -> builder.maxRetries(0));

  @AfterEach
  void close() {
    fixture.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, InternalServerException.class),
        Arguments.of(503, InternalServerException.class),
        Arguments.of(418, ApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusHasItsException(int status, Class<? extends ApiException> type) {
    fixture.server.enqueue(Reply.error(status, "some_error", "code_" + status, "Went wrong."));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x")))
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.type()).hasValue("some_error");
          assertThat(e.code()).hasValue("code_" + status);
          assertThat(e.apiMessage()).hasValue("Went wrong.");
          assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
          assertThat(e.headers()).containsKey("x-request-id");
          assertThat(e.getMessage()).isEqualTo("HTTP " + status + " (code_" + status
              + "): Went wrong. [request id " + e.requestId().orElseThrow() + "]");
        });
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void aNonJsonErrorPageStillGivesTheRightExceptionWithTheText(int status,
      Class<? extends ApiException> type) {
    fixture.server.enqueue(Reply.json(status, "<html><body><h1>502 Bad Gateway</h1>\n"
        + "<p>nginx</p></body></html>").withHeader("content-type", "text/html"));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x")))
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.apiMessage()).isEmpty();
          assertThat(e.body()).contains("<h1>502 Bad Gateway</h1>");
          assertThat(e.getMessage()).startsWith("HTTP " + status + ": <html><body><h1>502 Bad"
              + " Gateway</h1> <p>nginx</p></body></html>");
        });
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void anEmptyErrorBodySaysSo(int status, Class<? extends ApiException> type) {
    fixture.server.enqueue(Reply.json(status, ""));

    assertThatThrownBy(() -> fixture.client.create(ResponsesClientTest.request("x")))
        .isExactlyInstanceOf(type).hasMessageContaining("no error details in the body");
  }
}
