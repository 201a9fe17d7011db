package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.schema.Description;
import ai.ope.responses.testkit.Cassette;
import ai.ope.responses.testkit.CassetteLint;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordMode;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Recording;
import ai.ope.responses.testkit.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A WebSocket cassette recorded with the testkit's recorder from our own client (a tool loop over
 * one socket, then a warm-up, a rate-limit error event and a turn on another), replayed strictly
 * by the fake server to the same client code: what an application's test does with a cassette it
 * recorded once. The cassette is committed; {@code -Dfixtures.record=true} records it again from
 * a scripted upstream.
 */
class WebSocketCassetteTest {

  static final Path CASSETTE = Path.of("src/test/resources/cassettes/websocket-tool-loop");

  @Description("Current weather in a city")
  public record GetWeather(String city) {}

  private final ToolBox tools = ToolBox.empty()
      .with(GetWeather.class, call -> call.city() + ": 18 °C, sunny");

  /** What the conversation saw, to compare a replay with the recording. */
  record Seen(ToolRun loop, Response warmUp, ResponsesException refused, Response after) {}

  @Test
  void theRecordedConversationReplaysStrictlyToTheSameClientCode() throws Exception {
    assertThat(CassetteLint.check(CASSETTE)).as("lint of the recorded cassette").isEmpty();
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .cassette(Cassette.load(CASSETTE)).fallback(FakeResponsesServer.Fallback.STRICT).start();
        ResponsesClient client = clientOf(server)) {
      Seen seen = converse(client);

      assertThat(seen.loop().calls()).singleElement().satisfies(outcome -> {
        assertThat(outcome.call().name()).isEqualTo("get_weather");
        assertThat(outcome.output()).isEqualTo("Paris: 18 °C, sunny");
      });
      assertThat(seen.loop().outputText()).isEqualTo("It is 18 °C and sunny in Paris.");
      assertThat(seen.loop().responses()).hasSize(2);
      assertThat(seen.loop().response().previousResponseId())
          .isEqualTo(seen.loop().responses().get(0).id());
      assertThat(seen.warmUp().output()).isEmpty();
      assertThat(seen.refused()).isInstanceOf(RateLimitException.class)
          .hasMessageContaining("Rate limit reached");
      assertThat(seen.after().outputText()).isEqualTo("Brief and warm: hello.");
      assertThat(seen.after().previousResponseId()).isEqualTo(seen.warmUp().id());
      List<RecordedRequest> requests = server.requests();
      assertThat(requests).hasSize(5).allSatisfy(request -> {
        assertThat(request.overWebSocket()).isTrue();
        assertThat(request.answeredBy()).startsWith("cassette interaction ");
      });
    }
  }

  @Test
  void recordTheCassetteAgain() throws Exception {
    assumeTrue(Boolean.getBoolean("fixtures.record"),
        "records the committed cassette again only with -Dfixtures.record=true");
    try (FakeResponsesServer upstream = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).start()) {
      upstream.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"));
      upstream.enqueue(Reply.text("It is 18 °C and sunny in Paris."));
      upstream.enqueue(Reply.error(429, "rate_limit_exceeded", "rate_limit_exceeded",
          "Rate limit reached for requests. Please try again in 2s."));
      upstream.enqueue(Reply.text("Brief and warm: hello."));
      List<String> written = new ArrayList<>();
      try (FakeResponsesServer recorder = FakeResponsesServer.builder()
          .recording(Recording.to(CASSETTE.toAbsolutePath()).upstream(upstream.baseUri())
              .mode(RecordMode.ALL))
          .onRecorded(written::add).start();
          ResponsesClient client = clientOf(recorder)) {
        converse(client);
      }
      assertThat(written).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("recorded"));
    }
  }

  /** The conversation, the same whether recorded or replayed. */
  private Seen converse(ResponsesClient client) {
    CreateResponseRequest question = CreateResponseRequest.builder().model("gpt-4.1-mini")
        .input("What is the weather in Paris?").build();
    ToolRun loop = client.runTools(question, tools,
        ToolLoopOptions.defaults().overWebSocket(true));
    try (ResponsesConnection connection = client.connect()) {
      CreateResponseRequest greeting = CreateResponseRequest.builder().model("gpt-4.1-mini")
          .instructions("Be brief and warm.").build();
      Response warmUp = connection.warmUp(greeting);
      ResponsesException refused = (ResponsesException) catchThrowable(() -> connection
          .send(greeting.toBuilder().input("Hello!").build()).finalResponse());
      Response after = connection.send(greeting.toBuilder().input("Hello again!")
          .previousResponseId(warmUp.id()).build()).finalResponse();
      return new Seen(loop, warmUp, refused, after);
    }
  }

  private static ResponsesClient clientOf(FakeResponsesServer server) {
    return ResponsesClient.builder().lookup(name -> null).apiKey(FakeServerFixture.KEY)
        .baseUrl(server.baseUri().toString()).maxRetries(0)
        .streamIdleTimeout(Duration.ofSeconds(10)).build();
  }
}
