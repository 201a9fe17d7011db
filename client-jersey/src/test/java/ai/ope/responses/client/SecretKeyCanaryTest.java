package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A canary key used through every path of the client, success and failure, with all logging on:
 * it never appears in a log record, an exception (message, cause or stack trace) or a
 * {@code toString()}.
 */
class SecretKeyCanaryTest {

  private static final String CANARY = SecretCanary.KEY;

  // written by every thread that logs while the root logger is at ALL
  private static final List<String> LOGGED = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE = new Handler() {
    @Override
    public synchronized void publish(LogRecord record) {
      StringWriter text = new StringWriter();
      text.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
      if (record.getParameters() != null) {
        for (Object parameter : record.getParameters()) {
          text.append(' ').append(String.valueOf(parameter));
        }
      }
      if (record.getThrown() != null) {
        record.getThrown().printStackTrace(new PrintWriter(text));
      }
      LOGGED.add(text.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private static Level rootLevel;

  @BeforeAll
  static void captureEverything() {
    Logger root = Logger.getLogger("");
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(CAPTURE);
  }

  @AfterAll
  static void stopCapturing() {
    Logger root = Logger.getLogger("");
    root.removeHandler(CAPTURE);
    root.setLevel(rootLevel);
  }

  @Test
  void theKeyNeverLeaks() throws Exception {
    List<String> seen = new ArrayList<>();
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      server.enqueue(Reply.text("fine"));
      server.enqueue(Reply.error(401, "invalid_request_error", "invalid_api_key",
          "Incorrect API key provided: " + CANARY + "."));
      server.enqueue(Reply.serverError());
      server.enqueue(Reply.connectionReset());
      server.enqueue(Reply.text("slow").withDelayBeforeHeaders(Duration.ofSeconds(2)));
      server.enqueue(Reply.json(200, "{\"echo\":\"Bearer " + CANARY + "\",\"output\":7}"));
      ResponsesClientBuilder builder = ResponsesClient.builder().lookup(name -> null)
          .apiKey(CANARY).baseUrl(server.baseUri().toString()).maxRetries(0)
          .readTimeout(Duration.ofMillis(300)).organization("org-1").project("proj-1");

      try (ResponsesClient client = builder.build()) {
        seen.add(builder.toString());
        seen.add(client.toString());
        seen.add(ResponsesFeature.withApiKey(CANARY).toString());
        seen.add(client.create(ResponsesClientTest.request("hi")).toString());
        for (int i = 0; i < 5; i++) {
          Throwable failure = catchThrowable(() -> client.create(ResponsesClientTest.request("x")));
          assertThat(failure).isInstanceOf(ResponsesException.class);
          StringWriter trace = new StringWriter();
          failure.printStackTrace(new PrintWriter(trace));
          seen.add(trace.toString());
          if (failure instanceof ApiException api) {
            seen.add(api.body());
            seen.add(api.headers().toString());
          }
        }
      }
      assertThat(server.takeRequest().header("Authorization")).hasValue("Bearer " + CANARY);
    }

    assertThat(LOGGED).as("records were captured").isNotEmpty();
    assertThat(seen).noneMatch(text -> text.contains(CANARY));
    assertThat(LOGGED).noneMatch(text -> text.contains(CANARY));
    assertThat(String.join("\n", LOGGED)).contains("POST").contains("-> 200");
  }

  @Test
  void theKeyNeverLeaksFromAStream() throws Exception {
    List<String> seen = new ArrayList<>();
    String echoed = "Incorrect API key provided: " + CANARY + ".";
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      server.enqueue(Reply.sse(Frames.created(0) + Frames.error(1, "invalid_api_key", echoed)));
      server.enqueue(Reply.builder().text("partial").failed("invalid_api_key", echoed).build());
      server.enqueue(Reply.sse(Frames.created(0) + "data: {\"type\": \"" + CANARY + "\n\n"));
      server.enqueue(Reply.text("cut").withChunks(2).withCutAfterEvents(4));
      try (ResponsesClient client = ResponsesClient.builder().lookup(name -> null)
          .apiKey(CANARY).baseUrl(server.baseUri().toString()).maxRetries(0).build()) {
        for (int i = 0; i < 4; i++) {
          ResponseStream stream = client.stream(Frames.request("stream"));
          Throwable failure = catchThrowable(() -> stream.forEach(event -> { }));
          assertThat(failure).isInstanceOf(StreamException.class);
          StringWriter trace = new StringWriter();
          failure.printStackTrace(new PrintWriter(trace));
          seen.add(trace.toString());
          seen.add(stream.toString());
          if (failure instanceof StreamErrorException error) {
            seen.add(ResponsesJson.toJson(error.event()));
          }
          if (failure instanceof ResponseFailedException failed) {
            seen.add(ResponsesJson.toJson(failed.response()));
          }
          stream.close();
        }
      }
    }

    assertThat(seen).hasSize(10).noneMatch(text -> text.contains(CANARY));
    assertThat(LOGGED).noneMatch(text -> text.contains(CANARY));
  }
}
