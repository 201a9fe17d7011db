package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ValidationParametersTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation is on by default, for scripted and built-in answers alike, says what refused a
 * request, and turns off per server or while one runs; what a test scripts as an error, or a
 * cassette recorded, goes out unchecked.
 */
class ValidationSwitchTest {

  private static final String BOGUS = json("{'model':'m','input':'hi','bogus':1}");

  @Test
  void onByDefaultForScriptedAndBuiltInAnswers() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).start()) {
      server.enqueue(Reply.text("scripted"));

      assertThat(Http.post(Http.at(server, "/responses"), BOGUS).statusCode()).isEqualTo(400);
      assertThat(Http.post(Http.at(server, "/responses"), BOGUS).statusCode()).isEqualTo(400);
      RecordedRequest scripted = server.takeRequest();
      assertThat(scripted.answeredBy()).isEqualTo("validation: Unknown parameter: 'bogus'.");
      assertThat(scripted.status()).isEqualTo(400);
      assertThat(server.takeRequest().answeredBy()).startsWith("validation: ");
    }
  }

  @Test
  void offForAServer() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).validateRequests(false).start()) {
      assertThat(Http.post(Http.at(server, "/responses"), BOGUS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void offAndOnWhileItRuns() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).start()) {
      server.validateRequests(false);
      int off = Http.post(Http.at(server, "/responses"), BOGUS).statusCode();
      server.validateRequests(true);
      int on = Http.post(Http.at(server, "/responses"), BOGUS).statusCode();

      assertThat(off).isEqualTo(200);
      assertThat(on).isEqualTo(400);
    }
  }

  @Test
  void scriptedErrorsAndStubbedEndpointsAreSentAsScripted() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      server.enqueue(Reply.error(503, "server_error", null, "Overloaded."));

      assertThat(Http.post(Http.at(server, "/responses"), BOGUS).statusCode()).isEqualTo(503);
      assertThat(server.takeRequest().answeredBy()).isEqualTo("queued reply #1");
    }
  }

  @Test
  void recordedInteractionsReplayWithoutChecks(@TempDir Path folder) throws Exception {
    // The real API's answer to an odd request is the truth: a recording replays as it is.
    Path interaction = Files.createDirectories(folder.resolve("001-odd"));
    Files.writeString(interaction.resolve("request.json"), json("{'method':'POST','path':"
        + "'/v1/responses','body':{'model':'m','input':'hi','bogus':1}}"));
    Files.writeString(interaction.resolve("response.json"), json("{'status':200,'body':{"
        + "'id':'resp_1','object':'response','created_at':1,'status':'completed','model':'m',"
        + "'output':[]}}"));
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .cassette(Cassette.load(folder)).start()) {
      assertThat(Http.post(Http.at(server, "/responses"), BOGUS).statusCode()).isEqualTo(200);
      assertThat(server.takeRequest().answeredBy()).startsWith("cassette interaction");
    }
  }
}
