package ai.ope.responses.testkit.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.FakeResponsesServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code serve} command's options, message and default echo replies. */
class ServeCommandTest {

  @Test
  void helpExplainsEveryOption() {
    StringWriter out = new StringWriter();
    int status = new CommandLine(new TestkitCommand()).setOut(new PrintWriter(out))
        .execute("serve", "--help");

    assertThat(status).isZero();
    assertThat(out.toString()).contains("--port=PORT", "--cassettes=DIR", "--speed=N",
        "--fallback=MODE", "Ctrl-C");
  }

  @Test
  void withoutCassettesItEchoesAndSaysSo() throws Exception {
    StringWriter out = new StringWriter();
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).setOut(new PrintWriter(out)).parseArgs("--port", "0");

    try (FakeResponsesServer server = serve.start()) {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUri() + "/responses"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"ping\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(out.toString().strip()).isEqualTo("Fake Responses API listening on "
          + server.baseUri() + " (echo replies); Ctrl-C to stop");
      assertThat(answer.body()).contains("You said: ping");
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new TestkitCommand()).setErr(new PrintWriter(err));

    assertThat(command.execute("serve", "--speed", "-2")).isEqualTo(2);
    assertThat(command.execute("serve", "--cassettes", "/no/such/folder")).isEqualTo(2);
    assertThat(err.toString()).contains("--speed must be 0 or positive")
        .contains("--cassettes: no such folder");
  }
}
