package ai.ope.responses.testkit.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.CapturedLogs;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code record} command: a recording proxy that says what it records as it goes. */
class RecordCommandTest {

  @TempDir
  Path cassette;

  @Test
  void recordsFromTheUpstreamAndPrintsEachInteractionAndASummary() throws Exception {
    StringWriter out = new StringWriter();
    RecordCommand record = new RecordCommand();
    try (FakeResponsesServer upstream = FakeResponsesServer.start()) {
      upstream.enqueue(Reply.text("Recorded by the command.").withChunks(3));
      new CommandLine(record).setOut(new PrintWriter(out)).parseArgs("--port", "0",
          "--upstream", upstream.baseUri().toString(), "--cassettes", cassette.toString());

      try (FakeResponsesServer server = record.start()) {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(server.baseUri() + "/responses"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"model\":\"m\",\"input\":\"Go\",\"stream\":true}")).build(),
            HttpResponse.BodyHandlers.ofString());

        assertThat(answer.body()).contains("response.completed");
        assertThat(out.toString()).startsWith("Recording " + upstream.baseUri() + " into "
            + cassette + "; point your client at " + server.baseUri());
      }
    }

    assertThat(out.toString()).containsPattern(
        "recorded POST /v1/responses -> 200, \\d+ events, \\d+ ms as 001-post-responses");
    assertThat(record.summary()).isEqualTo("1 interaction(s) recorded into " + cassette);
    assertThat(Files.exists(cassette.resolve("001-post-responses/response.sse"))).isTrue();
  }

  @Test
  void passesAWebSocketConnectionThroughAndPrintsItOnceTheClientCloses() throws Exception {
    LineQueue out = new LineQueue();
    RecordCommand record = new RecordCommand();
    try (FakeResponsesServer upstream = FakeResponsesServer.start()) {
      upstream.enqueue(Reply.text("Recorded over a socket."));
      new CommandLine(record).setOut(new PrintWriter(out, true)).parseArgs("--port", "0",
          "--upstream", upstream.baseUri().toString(), "--cassettes", cassette.toString());

      try (FakeResponsesServer server = record.start()) {
        assertThat(out.next()).startsWith("Recording ");
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(
            URI.create(server.baseUri().toString().replace("http:", "ws:") + "/responses"),
            new WebSocket.Listener() {
              @Override
              public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                frames.add(data.toString());
                ws.request(1);
                return null;
              }
            }).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"response.create\",\"model\":\"m\",\"input\":\"Go\"}",
            true).get(10, TimeUnit.SECONDS);
        String frame;
        do {
          frame = frames.poll(10, TimeUnit.SECONDS);
          assertThat(frame).as("a frame from the upstream").isNotNull();
        } while (!frame.contains("\"response.completed\""));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);

        assertThat(out.next()).matches("recorded WebSocket /v1/responses -> 1 event sent, \\d+"
            + " frames received, \\d+ ms as 001-websocket-responses");
      }
    }
    assertThat(record.summary()).isEqualTo("1 interaction(s) recorded into " + cassette);
    assertThat(Files.readString(cassette.resolve("001-websocket-responses/websocket.txt")))
        .contains("Recorded over a socket.");
  }

  @Test
  void anUpstreamWithoutV1AnswersNotFoundAndTheCommandWarnsOnce() throws Exception {
    StringWriter out = new StringWriter();
    LineQueue err = new LineQueue();
    RecordCommand record = new RecordCommand();
    try (FakeResponsesServer upstream = FakeResponsesServer.start()) {
      String withoutV1 = "http://127.0.0.1:" + upstream.port();
      new CommandLine(record).setOut(new PrintWriter(out)).setErr(new PrintWriter(err, true))
          .parseArgs("--port", "0", "--upstream", withoutV1, "--cassettes", cassette.toString());

      try (FakeResponsesServer server = record.start()) {
        for (int i = 0; i < 2; i++) {
          HttpResponse<String> answer = HttpClient.newHttpClient().send(
              HttpRequest.newBuilder(URI.create(server.baseUri() + "/responses"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(
                      "{\"model\":\"m\",\"input\":\"Go " + i + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(answer.statusCode()).isEqualTo(404);
        }
        assertThat(err.next()).isEqualTo("WARNING: the upstream answered 404 Not Found to POST "
            + withoutV1 + "/responses: it is not a Responses API there. Did you mean --upstream "
            + withoutV1 + "/v1 ? The 404 was recorded (as 001-post-responses): delete it before"
            + " recording again.");
      }
    }
    assertThat(out.toString().lines().filter(line -> line.contains("/responses -> 404")))
        .as("both forwarded and recorded").hasSize(2);
    assertThat(err.toString().lines()).as("warned once for two requests").hasSize(1);
  }

  @Test
  void bindingBeyondLoopbackWarnsOnStderr() throws Exception {
    StringWriter err = new StringWriter();
    RecordCommand record = new RecordCommand();
    new CommandLine(record).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err)).parseArgs("--port", "0", "--bind", "0.0.0.0",
            "--upstream", "http://127.0.0.1:9/v1", "--cassettes", cassette.toString());

    // bound for a moment on a free port, and nothing is sent: only the warnings are checked
    try (CapturedLogs logs = new CapturedLogs(); FakeResponsesServer server = record.start()) {
      assertThat(logs.warnings()).singleElement().asString()
          .contains("reachable from other machines").contains("port " + server.port());
    }
    assertThat(err.toString()).contains("reachable from other machines")
        .contains("forwards their requests with your API key");
  }

  @Test
  void anExistingCassetteInModeOnceIsReplayedAndTheModeNoneIsRefused() throws Exception {
    Files.createDirectories(cassette.resolve("001-post-responses"));
    Files.writeString(cassette.resolve("001-post-responses/request.json"),
        "{\"method\":\"POST\",\"path\":\"/v1/responses\",\"body\":{\"model\":\"m\"}}");
    Files.writeString(cassette.resolve("001-post-responses/response.json"),
        "{\"status\":200,\"body\":{\"id\":\"resp_1\",\"object\":\"response\"}}");
    StringWriter out = new StringWriter();
    RecordCommand record = new RecordCommand();
    new CommandLine(record).setOut(new PrintWriter(out)).parseArgs("--port", "0",
        "--cassettes", cassette.toString());

    try (FakeResponsesServer server = record.start()) {
      assertThat(server.isRecording()).isFalse();
      assertThat(out.toString()).startsWith("The cassette " + cassette + " exists: replaying");
    }
    RecordCommand none = new RecordCommand();
    new CommandLine(none).parseArgs("--cassettes", cassette.toString(), "--mode", "none");
    assertThatThrownBy(none::start).isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("use the serve command");
  }
}
