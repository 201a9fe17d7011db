package ai.ope.responses.testkit.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.FakeResponsesServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as the standalone jar runs it: what a user typing at a console gets. */
class TestkitCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CommandLine command = TestkitCommand.commandLine()
      .setOut(new PrintWriter(out)).setErr(new PrintWriter(err));

  @Test
  void withoutArgumentsItPrintsTheUsageOnStderrAndExits2() {
    assertThat(command.execute()).isEqualTo(2);

    assertThat(err.toString()).startsWith("Usage: responses-testkit")
        .contains("serve", "record", "lint");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aTakenPortIsOneLineWithoutAStackTrace() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = String.valueOf(taken.getLocalPort());

      assertThat(command.execute("serve", "--port", port)).isEqualTo(1);
      assertThat(command.execute("record", "--port", port, "--cassettes", "unused")).isEqualTo(1);
    }

    assertThat(err.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
        .startsWith("Cannot listen on 127.0.0.1:")
        .contains("Address already in use", "Choose another --port")
        .doesNotContain("Exception", "\tat "));
  }

  @Test
  void enumOptionsTakeAnyCase() throws Exception {
    CommandLine.ParseResult parsed = command.parseArgs("serve", "--port", "0",
        "--fallback", "strict");
    ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();

    try (FakeResponsesServer server = serve.start()) {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUri() + "/responses"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"ping\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).as("strict: nothing scripted answers").isEqualTo(400);
    }
    assertThat(command.parseArgs("serve", "--fallback", "Model").subcommand()
        .matchedOptionValue("--fallback", FakeResponsesServer.Fallback.STRICT))
        .isEqualTo(FakeResponsesServer.Fallback.MODEL);
  }

  @Test
  void helpTextKeepsUrlsWhole() {
    for (String subcommand : new String[] {"serve", "record", "lint"}) {
      assertThat(command.execute(subcommand, "--help")).isZero();
    }
    command.execute("--help");

    assertThat(out.toString()).contains("https://api-platform.ope.ai/v1")
        .doesNotContainPattern("https?:/{0,2}\\s");
  }
}
