package ai.ope.responses.it;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the WAR must do on every server: each server's {@code *IT} extends this and says how its
 * server starts. One server process and two fake model servers per class: {@code model} behind
 * the default client ({@code OPEAI_BASE_URL}), {@code gateway} behind the named client (its own
 * environment variable), so a request arriving at one proves which configuration was used.
 *
 * <p>A new capability of the WAR (a resource, such as the SSE relay's) gets its test here, and
 * runs on every server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EeServerContract {

  static final String API_KEY = "it-not-a-secret";
  private static final Duration STARTUP = Duration.ofSeconds(150);

  FakeResponsesServer model;
  FakeResponsesServer gateway;
  DeployedApp app;

  /** The server under test; {@code null} after an assumption skipped the class. */
  abstract ServerLauncher launcher();

  @BeforeAll
  void startServer() throws IOException, InterruptedException {
    model = FakeResponsesServer.start();
    gateway = FakeResponsesServer.start();
    ServerLauncher launcher = launcher();
    int port = freePort();
    Map<String, String> environment = Map.of(
        "OPEAI_API_KEY", API_KEY,
        "OPEAI_BASE_URL", model.baseUri().toString(),
        "OPEAI_RESPONSES_GATEWAY_BASE_URL", gateway.baseUri().toString());
    app = new DeployedApp(port, launcher.start(war(), port, environment));
    app.awaitUp(STARTUP);
  }

  @AfterAll
  void stopServer() {
    if (app != null) {
      app.server().close();
    }
    if (model != null) {
      model.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  @BeforeEach
  void forgetEarlierRequests() {
    model.reset();
    gateway.reset();
  }

  @Test
  void injectedClientCreatesAResponse() throws InterruptedException {
    model.enqueue(Reply.text("Created on the server."));

    assertThat(app.ask("create", "Say where you run.")).isEqualTo("Created on the server.");

    RecordedRequest request = onlyRequest(model);
    assertThat(request.path()).isEqualTo("/v1/responses");
    assertThat(request.header("Authorization")).contains("Bearer " + API_KEY);
    assertThat(request.bodyAsString()).contains("Say where you run.");
    assertThat(request.header("OpenAI-Organization")).isEmpty();
  }

  @Test
  void namedClientReadsTheEnvironmentAndThePropertiesFile() throws InterruptedException {
    gateway.enqueue(Reply.text("Through the gateway."));

    assertThat(app.ask("gateway", "Which client?")).isEqualTo("Through the gateway.");

    // the base URL of the environment variable, the organization of the properties file
    RecordedRequest request = onlyRequest(gateway);
    assertThat(request.header("OpenAI-Organization")).contains("org-from-properties");
    assertThat(request.header("Authorization")).contains("Bearer " + API_KEY);
    assertThat(model.requests()).isEmpty();
  }

  @Test
  void namedClientTakesItsRetriesFromThePropertiesFile() throws InterruptedException {
    gateway.enqueue(Reply.serverError());
    gateway.enqueue(Reply.text("A retry would have seen this."));

    // max-retries=0 in the properties file: the default of 2 would have retried the 500
    assertThat(app.ask("gateway", "Fail once.")).isEqualTo("error 500 InternalServerException");
    assertThat(gateway.requests()).hasSize(1);
  }

  @Test
  void createAsyncRunsOnTheServersManagedExecutor() throws InterruptedException {
    model.enqueue(Reply.text("Answered asynchronously."));

    String answer = app.ask("async", "Run me elsewhere.");

    assertThat(answer).startsWith("Answered asynchronously. | thread=").endsWith(" managed=true")
        .doesNotContain("thread=responses-");
    assertThat(onlyRequest(model).bodyAsString()).contains("Run me elsewhere.");
  }

  @Test
  void streamIsReadToTheFinalResponse() throws InterruptedException {
    model.enqueue(Reply.text("Streamed through the server."));

    String answer = app.ask("stream", "Stream it.");

    assertThat(answer).matches("\\d+ events: Streamed through the server\\.");
    assertThat(Integer.parseInt(answer.substring(0, answer.indexOf(' ')))).isGreaterThan(3);
    assertThat(onlyRequest(model).bodyAsString()).contains("\"stream\":true");
  }

  @Test
  void aConversationRunsOverOneWebSocketFromInsideTheServer() throws InterruptedException {
    model.enqueue(Reply.text("First, over the socket."));
    model.enqueue(Reply.text("Second, on the same socket."));

    String answer = app.ask("socket", "Talk to me.");

    assertThat(answer).isEqualTo("First, over the socket. | Second, on the same socket."
        + " | chained=true");
    assertThat(model.requests()).hasSize(2).allSatisfy(request -> {
      assertThat(request.overWebSocket()).isTrue();
      assertThat(request.header("Authorization")).isPresent();
    });
  }

  @Test
  void theClientRunsFromTheWar() throws InterruptedException {
    String origins = app.get("origins");
    // what the WAR bundles and what the server overrides, for the README's table
    System.out.println("Class origins on " + app.server() + ":\n" + origins);

    assertThat(origins.lines().filter(line -> line.startsWith("ai.ope.responses.client.")))
        .singleElement().asString().contains("/WEB-INF/lib/responses-client-jersey-");
  }

  @Test
  void relayForwardsTheTextDeltasToABrowserThenDone() throws Exception {
    model.enqueue(Reply.text("Relayed to the browser, word by word.").withChunks(6));
    StringBuilder text = new StringBuilder();
    BrowserEvents.Event last;

    try (BrowserEvents browser = BrowserEvents.open(app.uri("relay?q=Relay"))) {
      assertThat(browser.status).as("status" + app.server().tail()).isEqualTo(200);
      assertThat(browser.contentType).startsWith("text/event-stream");
      for (last = browser.next(); last != null && last.name().equals("delta");
          last = browser.next()) {
        assertThat(last.id()).as("each event carries the model event's sequence number")
            .matches("\\d+");
        text.append(jsonString(last.data()));
      }
    }

    assertThat(text).hasToString("Relayed to the browser, word by word.");
    assertThat(last).as("the event after the deltas" + app.server().tail()).isNotNull();
    assertThat(last.name()).isEqualTo("done");
    assertThat(last.data()).contains("\"status\":\"completed\"");
    assertThat(awaitRelayOutcome()).isEqualTo("done: Relayed to the browser, word by word.");
  }

  @Test
  void aBrowserLeavingMidStreamCancelsTheModelsStream() throws Exception {
    model.enqueue(Reply.text("word ".repeat(80)).withChunks(80)
        .withDelayBetweenEvents(Duration.ofMillis(50)));

    try (BrowserEvents browser = BrowserEvents.open(app.uri("relay?q=Leave"))) {
      assertThat(browser.next()).extracting(BrowserEvents.Event::name).isEqualTo("delta");
      assertThat(browser.next()).extracting(BrowserEvents.Event::name).isEqualTo("delta");
    } // the browser leaves after two deltas, ~4 s before the model would have finished

    assertThat(awaitRelayOutcome()).as("the relay's outcome" + app.server().tail())
        .isEqualTo("cancelled");
    RecordedRequest request = onlyRequest(model);
    String ending = awaitEnding(request);
    assertThat(ending).as("the model's answer was cut by the relay, not written to its end")
        .isEqualTo("client went away");
    assertThat(request.response().orElseThrow().text()).isNotEqualTo("word ".repeat(80));
  }

  private String awaitRelayOutcome() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String outcome = app.get("relay/last");
    while (outcome.equals("pending") && System.nanoTime() < deadline) {
      Thread.sleep(50);
      outcome = app.get("relay/last");
    }
    return outcome;
  }

  /** How the fake model's answer ended, once it has (the journal fills it in at the end). */
  private String awaitEnding(RecordedRequest request) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      RecordedRequest now = model.requests().stream()
          .filter(seen -> seen.sequence() == request.sequence()).findFirst().orElse(request);
      java.util.Optional<String> ending = now.response().flatMap(
          ai.ope.responses.testkit.RecordedResponse::ending);
      if (ending.isPresent()) {
        return ending.get();
      }
      Thread.sleep(50);
    }
    return "still being written after 30 s";
  }

  /** A JSON string's value, as the browser's {@code JSON.parse} gives it. */
  private static String jsonString(String json) {
    try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(
        new java.io.StringReader(json))) {
      return ((jakarta.json.JsonString) reader.readValue()).getString();
    }
  }

  private RecordedRequest onlyRequest(FakeResponsesServer server) {
    List<RecordedRequest> requests = server.requests();
    assertThat(requests).as("requests the fake model server received").hasSize(1);
    return requests.get(0);
  }

  static Path war() {
    Path war = Path.of(System.getProperty("it.war", "target/it.war"));
    assertThat(war).as("the WAR under test (mvn verify packages it)").isRegularFile();
    return war;
  }

  static Path serversDir() {
    return Path.of(System.getProperty("it.servers.dir", "target/servers"));
  }

  static Path testJavaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  static Path requireFile(Path file, String what) {
    assertThat(Files.isRegularFile(file)).as(what + " at " + file
        + " (copied by maven-dependency-plugin in pre-integration-test)").isTrue();
    return file;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
