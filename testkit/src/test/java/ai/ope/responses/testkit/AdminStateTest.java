package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /__admin/state}: what the server holds (queued replies, cassettes and how often
 * each interaction answered, stored responses) and the settings it answers by.
 */
class AdminStateTest {

  private static final String ASK = "{\"model\":\"m\",\"input\":\"Weather?\"}";

  private final FakeResponsesServer server = FakeResponsesServer.builder()
      .knownModels(List.of("m", "a"))
      .cassette(Cassette.of("weather", List.of(
          new Interaction("001-ask", "POST", "/v1/responses", "", ASK,
              Reply.json(200, "{\"object\":\"not a response\"}")),
          new Interaction("002-stream", "POST", "/v1/responses", "",
              "{\"model\":\"m\",\"input\":\"Weather?\",\"stream\":true}",
              Reply.sse("event: response.created\ndata: {}\n\n")))))
      .start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void itListsRepliesCassettesWithTheirUsesStoredResponsesAndSettings() throws Exception {
    Http.post(Http.at(server, "/responses"), ASK);
    server.enqueue(Reply.text("Stored."));
    String created = Admin.json(Http.post(Http.at(server, "/responses"),
        "{\"model\":\"m\",\"input\":\"Keep this\"}")).getString("id");
    Admin.queue(server, "{\"text\":\"Waiting.\"}");

    JsonObject state = Admin.json(Admin.get(server, "state"));

    assertThat(state.getJsonArray("replies").toString())
        .isEqualTo("[{\"id\":2,\"text\":\"Waiting.\"}]");
    assertThat(state.getJsonArray("cassettes").toString()).isEqualTo("[{\"name\":\"weather\","
        + "\"interactions\":[{\"name\":\"001-ask\",\"method\":\"POST\",\"path\":\"/v1/responses\","
        + "\"stream\":false,\"uses\":1},{\"name\":\"002-stream\",\"method\":\"POST\","
        + "\"path\":\"/v1/responses\",\"stream\":true,\"uses\":0}]}]");
    JsonObject stored = state.getJsonArray("responses").getJsonObject(0);
    assertThat(state.getJsonArray("responses")).hasSize(1);
    assertThat(stored.getString("id")).isEqualTo(created);
    assertThat(stored.getString("status")).isEqualTo("completed");
    assertThat(stored.getString("model")).isEqualTo("m");
    assertThat(stored.getJsonNumber("created_at").isIntegral()).isTrue();
    assertThat(stored.isNull("previous_response_id")).isTrue();
    assertThat(state.getJsonObject("settings").toString()).isEqualTo("{\"fallback\":\"strict\","
        + "\"validation\":true,\"strict\":true,\"known_models\":[\"a\",\"m\"],"
        + "\"inspector\":true}");
  }

  @Test
  void aResetRewindsTheCassettesAndForgetsRepliesAndResponses() throws Exception {
    Http.post(Http.at(server, "/responses"), ASK);
    server.enqueue(Reply.text("Stored."));
    Http.post(Http.at(server, "/responses"), "{\"model\":\"m\",\"input\":\"Keep this\"}");
    server.enqueue(Reply.text("Waiting."));

    Admin.post(server, "reset", "");
    JsonObject state = Admin.json(Admin.get(server, "state"));

    assertThat(state.getJsonArray("replies")).isEmpty();
    assertThat(state.getJsonArray("responses")).isEmpty();
    assertThat(state.getJsonArray("cassettes").getJsonObject(0).getJsonArray("interactions")
        .getJsonObject(0).getInt("uses")).isZero();
  }

  @Test
  void theSettingsFollowTheServer() throws Exception {
    try (FakeResponsesServer model = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).validateRequests(false).inspector(false)
        .start()) {
      JsonObject settings = Admin.json(Admin.get(model, "state")).getJsonObject("settings");

      assertThat(settings.toString()).isEqualTo("{\"fallback\":\"model\",\"validation\":false,"
          + "\"strict\":false,\"known_models\":[],\"inspector\":false}");
    }
  }
}
