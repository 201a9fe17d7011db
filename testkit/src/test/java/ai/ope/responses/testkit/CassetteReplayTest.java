package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cassettes in the project's own layout: matching, ordering, timing, strictness. */
class CassetteReplayTest {

  private static final String ASK = "{\"input\":\"What is the weather in Paris?\","
      + "\"model\":\"gpt-5.4-mini\",\"metadata\":{\"run\":\"volatile-2\"}}";

  @Test
  void aRecordedRequestIsMatchedIgnoringKeyOrderAndVolatileMembers() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .cassette(Cassette.fromClasspath("cassettes/weather"))
        .ignoreJsonPointers("/metadata/run")
        .start()) {

      HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), ASK);

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().firstValue("x-request-id")).hasValue("req_recorded_1");
      assertThat(ResponsesJson.fromJson(answer.body(), Response.class).outputText())
          .isEqualTo("Sunny, 21 degrees.");
      assertThat(server.storedResponse("resp_recorded_1")).isPresent();
    }
  }

  @Test
  void aRecordedStreamIsReplayedExactlyWithoutItsTimingLines() throws Exception {
    Cassette cassette = Cassette.fromClasspath("cassettes/weather");
    byte[] recorded = Files.readAllBytes(Path.of(getClass()
        .getResource("/cassettes/weather/002-stream/response.sse").toURI()));
    String expected = new String(recorded, StandardCharsets.UTF_8)
        .replace(": +40ms\r\n", "").replace(": +60ms\r\n", "");
    try (FakeResponsesServer server = FakeResponsesServer.builder().cassette(cassette).start()) {

      HttpResponse<String> answer = Http.post(Http.at(server, "/responses"),
          "{\"model\":\"gpt-5.4-mini\",\"stream\":true,\"input\":\"And tomorrow?\"}");

      assertThat(answer.body()).isEqualTo(expected).contains(": keep-alive");
    }
  }

  @Test
  void recordedTimingIsKeptAtSpeedOne() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .cassette(Cassette.fromClasspath("cassettes/weather")).replaySpeed(1).start()) {
      long start = System.nanoTime();

      Http.post(Http.at(server, "/responses"),
          "{\"model\":\"gpt-5.4-mini\",\"input\":\"And tomorrow?\",\"stream\":true}");

      assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(100);
    }
  }

  @Test
  void recordedTimingIsDroppedAtSpeedZero(@TempDir Path dir) throws Exception {
    Path interaction = Files.createDirectories(dir.resolve("slow").resolve("001-slow"));
    Files.writeString(interaction.resolve("request.json"),
        "{\"method\":\"GET\",\"path\":\"/v1/responses/resp_1\",\"query\":\"stream=true\"}");
    Files.writeString(interaction.resolve("response.sse"),
        ": +60000ms\ndata: {\"type\":\"error\",\"message\":\"x\"}\n\n");
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .cassette(Cassette.load(dir.resolve("slow"))).start()) {

      HttpResponse<String> answer = Http.get(Http.at(server, "/responses/resp_1?stream=true"));

      // A minute of recorded silence, replayed within the client's 20 s timeout.
      assertThat(answer.body()).isEqualTo("data: {\"type\":\"error\",\"message\":\"x\"}\n\n");
    }
  }

  @Test
  void identicalRecordedRequestsAreServedInOrderThenTheLastRepeats(@TempDir Path dir)
      throws Exception {
    Cassette cassette = Cassette.of("twice", List.of(
        new Interaction("1", "GET", "/v1/responses/resp_1", "", "", Reply.json(200, "{\"n\":1}")),
        new Interaction("2", "GET", "/v1/responses/resp_1", "", "", Reply.json(200, "{\"n\":2}"))));
    try (FakeResponsesServer server = FakeResponsesServer.builder().cassette(cassette).start()) {

      List<String> bodies = List.of(
          Http.get(Http.at(server, "/responses/resp_1")).body(),
          Http.get(Http.at(server, "/responses/resp_1")).body(),
          Http.get(Http.at(server, "/responses/resp_1")).body());

      assertThat(bodies).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":2}");
    }
  }

  @Test
  void anUnmatchedRequestNamesTheNearestRecordingAndTheDifferences() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .cassette(Cassette.fromClasspath("cassettes/weather")).start()) {

      HttpResponse<String> answer = Http.post(Http.at(server, "/responses"),
          "{\"model\":\"gpt-5.4-mini\",\"input\":\"What is the weather in Rome?\","
              + "\"metadata\":{\"run\":\"volatile-1\"},\"temperature\":0.5}");

      assertThat(answer.statusCode()).isEqualTo(400);
      ErrorResponse error = ResponsesJson.fromJson(answer.body(), ErrorResponse.class);
      assertThat(error.error().code()).isEqualTo("unmatched_request");
      assertThat(error.error().message())
          .contains("Unmatched request POST /v1/responses")
          .contains("nearest recorded interaction: 001-ask (POST /v1/responses), 2 differences")
          .contains("body /input: recorded \"What is the weather in Paris?\", received"
              + " \"What is the weather in Rome?\"")
          .contains("body /temperature: recorded nothing, received 0.5");
      assertThat(server.unmatchedRequests()).containsExactly(error.error().message());
    }
  }

  @Test
  void malformedCassettesAreReportedWithTheFile(@TempDir Path dir) throws Exception {
    Path interaction = Files.createDirectories(dir.resolve("broken").resolve("001-x"));
    Files.writeString(interaction.resolve("request.json"), "{\"method\":\"POST\"");

    assertThatThrownBy(() -> Cassette.load(dir.resolve("broken")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("request.json is not a JSON object");
    assertThatThrownBy(() -> Cassette.fromClasspath("cassettes/none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no cassette folder on the class path at cassettes/none");
  }
}
