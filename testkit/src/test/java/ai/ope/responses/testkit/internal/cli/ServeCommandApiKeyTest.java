package ai.ope.responses.testkit.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.FakeResponsesServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code serve --require-api-key-env NAME}: the key a test suite in another language makes the
 * standalone server require, read from the environment so that it is never on a command line.
 */
class ServeCommandApiKeyTest {

  private static final String VARIABLE = "FAKE_RESPONSES_TEST_KEY";
  private static final String KEY = "sk-required-by-serve";

  @Test
  void requestsWithoutTheKeyInTheVariableAreRefused() throws Exception {
    ServeCommand serve = serve(Map.of(VARIABLE, KEY));

    try (FakeResponsesServer server = serve.start()) {
      assertThat(statusOf(server, KEY)).isEqualTo(200);
      assertThat(statusOf(server, "sk-wrong")).isEqualTo(401);
      assertThat(statusOf(server, null)).isEqualTo(401);
    }
  }

  @Test
  void anUnsetOrBlankVariableIsAUsageErrorNamingTheVariable() {
    for (Map<String, String> environment : List.of(Map.<String, String>of(),
        Map.of(VARIABLE, " "))) {
      ServeCommand serve = serve(environment);

      assertThatThrownBy(serve::start).isInstanceOf(ParameterException.class)
          .hasMessage("--require-api-key-env: environment variable " + VARIABLE
              + " is not set or is blank");
    }
  }

  @Test
  void withoutTheOptionAnyKeyIsAccepted() throws Exception {
    ServeCommand serve = new ServeCommand(Map.of(VARIABLE, KEY)::get);
    new CommandLine(serve).setOut(new PrintWriter(new StringWriter())).parseArgs("--port", "0");

    try (FakeResponsesServer server = serve.start()) {
      assertThat(statusOf(server, "sk-wrong")).isEqualTo(200);
    }
  }

  private static ServeCommand serve(Map<String, String> environment) {
    ServeCommand serve = new ServeCommand(environment::get);
    new CommandLine(serve).setOut(new PrintWriter(new StringWriter()))
        .parseArgs("--port", "0", "--require-api-key-env", VARIABLE);
    return serve;
  }

  /** The status of a create request sent with this bearer key, or with none when null. */
  private static int statusOf(FakeResponsesServer server, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create(server.baseUri() + "/responses"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"ping\"}"));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }
}
