package ai.ope.responses.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import com.openai.client.OpenAIClient;
import com.openai.core.ObjectMappers;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.responses.ResponseCreateParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every request the real API refuses, sent by openai-java: the SDK throws the exception of the
 * API's status, exposing the API's {@code type}, {@code code} and {@code param}. The server knows
 * one model, as the real API knows its own.
 */
class OpenAiJavaInvalidRequestsIT {

  @RegisterExtension
  static final StandaloneServer SERVER =
      new StandaloneServer("--models", InvalidRequest.KNOWN_MODEL);

  private static OpenAIClient client;
  private static String previousResponseId;

  @BeforeAll
  static void connect() {
    client = OpenAiJava.client(SERVER);
    previousResponseId = client.responses().create(ResponseCreateParams.builder()
        .model(InvalidRequest.KNOWN_MODEL).input("Hello.").build()).id();
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(InvalidRequest.class)
  void theSdkThrowsTheApisError(InvalidRequest invalid) throws Exception {
    ResponseCreateParams params = invalid.params(previousResponseId);
    String body = ObjectMappers.jsonMapper().writeValueAsString(params._body());

    Throwable thrown = catchThrowable(() -> client.responses().create(params));

    if (thrown == null) {
      fail("The server accepted %s where the real API answers %s", body, invalid.expected());
    }
    assertThat(thrown).as("answer to %s", body)
        .isInstanceOf(invalid.expected().status() == 404
            ? NotFoundException.class : BadRequestException.class);
    OpenAIServiceException error = (OpenAIServiceException) thrown;
    assertThat(new ApiError(error.statusCode(), error.type().orElse(null),
        error.code().orElse(null), error.param().orElse(null)))
        .as(error.getMessage()).isEqualTo(invalid.expected());
  }
}
