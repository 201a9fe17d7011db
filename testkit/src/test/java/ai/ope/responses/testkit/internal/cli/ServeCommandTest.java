package ai.ope.responses.testkit.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.CapturedLogs;
import ai.ope.responses.testkit.FakeResponsesServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        "--fallback=MODE", "--no-inspector", "Ctrl-C");
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

      assertThat(out.toString().lines().findFirst()).hasValue("Fake Responses API listening on "
          + server.baseUri() + " (built-in model); Ctrl-C to stop");
      assertThat(answer.body()).contains("You said: ping");
    }
  }

  @Test
  void itSaysWhereItsAdminApiIs() throws Exception {
    StringWriter out = new StringWriter();
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).setOut(new PrintWriter(out)).parseArgs("--port", "0");

    try (FakeResponsesServer server = serve.start()) {
      String admin = "http://127.0.0.1:" + server.port() + "/__admin/";
      HttpResponse<String> index = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(admin)).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(out.toString().lines()).element(1).asString()
          .startsWith("Admin API: " + admin + " ");
      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(index.body()).contains("POST /__admin/replies", "docs/admin-api.md");
    }
  }

  @Test
  void itSaysWhereTheInspectorIsUnlessItIsOff() throws Exception {
    StringWriter on = new StringWriter();
    StringWriter off = new StringWriter();
    ServeCommand withPage = new ServeCommand();
    ServeCommand withoutPage = new ServeCommand();
    new CommandLine(withPage).setOut(new PrintWriter(on)).parseArgs("--port", "0");
    new CommandLine(withoutPage).setOut(new PrintWriter(off))
        .parseArgs("--port", "0", "--no-inspector");

    try (FakeResponsesServer server = withPage.start();
        FakeResponsesServer plain = withoutPage.start()) {
      assertThat(on.toString().lines()).element(2).isEqualTo("Inspector: http://127.0.0.1:"
          + server.port() + "/__admin/ (open in a browser)");
      assertThat(server.inspectorUri()).isEqualTo(server.baseUri().resolve("/__admin/"));
      assertThat(off.toString()).doesNotContain("Inspector");
      assertThatThrownBy(plain::inspectorUri).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("inspector(false)");
    }
  }

  @Test
  void logPrintsALinePerRequestWithTheReasonForEachError() throws Exception {
    LineQueue out = new LineQueue();
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).setOut(new PrintWriter(out, true)).parseArgs("--port", "0", "--log");

    try (FakeResponsesServer server = serve.start()) {
      HttpClient client = HttpClient.newHttpClient();
      client.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/responses"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"ping\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      client.send(HttpRequest.newBuilder(server.baseUri().resolve("/__admin/requests")).build(),
          HttpResponse.BodyHandlers.ofString());
      client.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/responses/resp_nope"))
          .header("Authorization", "Bearer not-to-be-printed").build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(out.next()).startsWith("Fake Responses API listening on");
      assertThat(out.next()).startsWith("Admin API: ");
      assertThat(out.next()).startsWith("Inspector: ");
      // each line is written once its answer has gone out, by the thread that answered: under
      // load the second answer's line may come first
      assertThat(List.of(out.next(), out.next())).as("the admin request is not logged")
          .containsExactlyInAnyOrder("#1 POST /v1/responses -> 200 built-in model",
              "#2 GET /v1/responses/resp_nope -> 404 built-in endpoint: Response with id"
                  + " 'resp_nope' not found.");
    }
    assertThat(out.toString()).doesNotContain("not-to-be-printed");
  }

  @Test
  void bindingBeyondLoopbackWarnsOnStderr() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .parseArgs("--port", "0", "--bind", "0.0.0.0");

    // bound for a moment on a free port, and nothing is sent: only the warnings are checked
    try (CapturedLogs logs = new CapturedLogs(); FakeResponsesServer server = serve.start()) {
      assertThat(logs.warnings()).singleElement().asString()
          .contains("reachable from other machines").contains("port " + server.port());
    }
    assertThat(err.toString()).startsWith("WARNING: --bind 0.0.0.0 makes the server reachable"
        + " from other machines (every network interface)");
    assertThat(out.toString()).contains("listening on http://");
  }

  @Test
  void theDefaultBindIsQuiet() throws Exception {
    StringWriter err = new StringWriter();
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err)).parseArgs("--port", "0");

    try (CapturedLogs logs = new CapturedLogs(); FakeResponsesServer server = serve.start()) {
      assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
      assertThat(logs.warnings()).isEmpty();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void cassettesLinkedInFromOutsideAreRefused(@TempDir Path temp) throws Exception {
    Path outside = Files.createDirectories(temp.resolve("outside/weather/001-ask"));
    Files.writeString(outside.resolve("request.json"),
        "{\"method\":\"POST\",\"path\":\"/v1/responses\"}");
    Path cassettes = Files.createDirectories(temp.resolve("cassettes"));
    Files.createDirectories(cassettes.resolve("own"));
    try {
      Files.createSymbolicLink(cassettes.resolve("weather"), outside.getParent());
    } catch (UnsupportedOperationException | IOException noLinks) {
      Assumptions.abort("this file system has no symbolic links: " + noLinks);
    }
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--port", "0", "--cassettes", cassettes.toString());

    // a usage error (exit status 2) before any server starts
    assertThatThrownBy(serve::start).isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--cassettes: ")
        .hasMessageContaining("weather leads outside " + cassettes);
  }

  @Test
  void aCassetteOfOneWebSocketConnectionIsServedOverTheSocket(@TempDir Path temp)
      throws Exception {
    String create = "{\"type\":\"response.create\",\"model\":\"m\",\"input\":\"Hi\"}";
    String completed = "{\"type\":\"response.completed\",\"sequence_number\":0,"
        + "\"response\":{\"id\":\"resp_rec0001\",\"object\":\"response\",\"status\":"
        + "\"completed\",\"model\":\"m\",\"output\":[]}}";
    Path connection = Files.createDirectories(temp.resolve("chat/001-websocket"));
    Files.writeString(connection.resolve("websocket.txt"),
        "GET /v1/responses\n> +0ms " + create + "\n< +3ms " + completed + "\n");
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).setOut(new PrintWriter(new StringWriter()))
        .parseArgs("--port", "0", "--cassettes", temp.resolve("chat").toString());

    try (FakeResponsesServer server = serve.start()) {
      CompletableFuture<String> answer =
          new CompletableFuture<>();
      WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/v1/responses"),
              new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(
                    WebSocket webSocket, CharSequence data, boolean last) {
                  answer.complete(data.toString());
                  return null;
                }
              }).get(10, TimeUnit.SECONDS);
      socket.sendText(create, true);

      assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(completed);
      socket.abort();
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

  @Test
  void validatesUnlessToldNotTo() throws Exception {
    String bogus = "{\"model\":\"m\",\"input\":\"ping\",\"bogus\":1}";

    assertThat(statusOf(bogus)).isEqualTo(400);
    assertThat(statusOf(bogus, "--no-validation")).isEqualTo(200);
  }

  @Test
  void knowsOnlyTheModelsListed() throws Exception {
    String body = "{\"model\":\"%s\",\"input\":\"ping\"}";

    assertThat(statusOf(body.formatted("b"), "--models", "a,b")).isEqualTo(200);
    assertThat(statusOf(body.formatted("c"), "--models", "a,b")).isEqualTo(400);
    assertThat(statusOf(body.formatted("c"))).isEqualTo(200);
  }

  /** The status a create request gets from a server started with these options. */
  private static int statusOf(String body, String... options) throws Exception {
    ServeCommand serve = new ServeCommand();
    String[] args = new String[options.length + 2];
    args[0] = "--port";
    args[1] = "0";
    System.arraycopy(options, 0, args, 2, options.length);
    new CommandLine(serve).setOut(new PrintWriter(new StringWriter())).parseArgs(args);
    try (FakeResponsesServer server = serve.start()) {
      return HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUri() + "/responses"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode();
    }
  }
}
