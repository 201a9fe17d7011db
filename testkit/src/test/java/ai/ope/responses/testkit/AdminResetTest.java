package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /__admin/reset}: a clean server between tests of another language's suite, with
 * its cassettes kept and replayed from the start (unlike {@link FakeResponsesServer#reset()}).
 */
class AdminResetTest {

  private static final String ASK = "{\"model\":\"m\",\"input\":\"Again?\"}";

  @Test
  void resetClearsRepliesStubsJournalAndStoredResponses() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      server.when(RequestMatcher.model("stubbed")).reply(Reply.text("stub"));
      Admin.queue(server, "{\"text\":\"stored\"}");
      Admin.queue(server, "{\"text\":\"never used\"}");
      Response stored = ResponsesJson.fromJson(Http.post(Http.at(server, "/responses"),
          "{\"model\":\"m\",\"input\":\"x\"}").body(), Response.class);

      HttpResponse<String> reset = Admin.post(server, "reset", "");

      assertThat(reset.statusCode()).isEqualTo(200);
      assertThat(reset.body()).isEqualTo("{\"reset\":true}");
      assertThat(Admin.json(Admin.get(server, "requests")).getJsonArray("requests")).isEmpty();
      assertThat(Admin.json(Admin.get(server, "replies")).getJsonArray("replies")).isEmpty();
      assertThat(Http.get(Http.at(server, "/responses/" + stored.id())).statusCode())
          .isEqualTo(404);
      assertThat(Http.post(Http.at(server, "/responses"),
          "{\"model\":\"stubbed\",\"input\":\"x\"}").statusCode()).as("stub gone").isEqualTo(400);
    }
  }

  @Test
  void resetKeepsCassettesAndReplaysThemFromTheStart(@TempDir Path folder) throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .cassette(twoAnswersToOneQuestion(folder)).start()) {
      String first = text(server);
      String second = text(server);

      Admin.post(server, "reset", "{}");
      String afterAdminReset = text(server);
      server.reset();
      HttpResponse<String> afterJavaReset = Http.post(Http.at(server, "/responses"), ASK);

      assertThat(first).isEqualTo("first");
      assertThat(second).isEqualTo("second");
      assertThat(afterAdminReset).isEqualTo("first");
      assertThat(afterJavaReset.statusCode()).as("cassettes unloaded").isEqualTo(400);
      assertThat(server.requests()).extracting(RecordedRequest::answeredBy)
          .singleElement().asString().startsWith("unmatched:");
    }
  }

  private static String text(FakeResponsesServer server) throws Exception {
    HttpResponse<String> answer = Http.post(Http.at(server, "/responses"), ASK);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ResponsesJson.fromJson(answer.body(), Response.class).outputText();
  }

  /** A cassette where the same request was answered twice, differently. */
  private static Cassette twoAnswersToOneQuestion(Path folder) throws Exception {
    for (String answer : new String[] {"first", "second"}) {
      Path interaction = Files.createDirectories(folder.resolve(
          (answer.equals("first") ? "001-" : "002-") + answer));
      Files.writeString(interaction.resolve("request.json"),
          "{\"method\":\"POST\",\"path\":\"/v1/responses\",\"body\":" + ASK + "}");
      Files.writeString(interaction.resolve("response.json"), "{\"status\":200,\"headers\":"
          + "{\"content-type\":\"application/json\"},\"body\":{\"id\":\"resp_" + answer + "\","
          + "\"object\":\"response\",\"created_at\":1764000000,\"status\":\"completed\","
          + "\"model\":\"m\",\"output\":[{\"type\":\"message\",\"id\":\"msg_" + answer + "\","
          + "\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":"
          + "\"output_text\",\"text\":\"" + answer + "\",\"annotations\":[]}]}]}}");
    }
    return Cassette.load(folder);
  }
}
