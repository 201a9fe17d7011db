package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /__admin/requests}: what the server received, oldest first, without credentials,
 * and what answered each request; {@code DELETE} clears it.
 */
class AdminJournalTest {

  /** A key-shaped secret drawn per run: no key-like literal in the source. */
  private static final String KEY = "sk-test-" + UUID.randomUUID().toString().replace("-", "");

  private final FakeResponsesServer server = FakeResponsesServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void eachRequestIsShownWithoutItsCredentialsAndWithWhatAnsweredIt() throws Exception {
    Admin.queue(server, "{\"text\":\"ok\"}");
    Http.send(HttpRequest.newBuilder(Http.at(server, "/responses"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + KEY)
        .header("Cookie", "session=" + KEY)
        .header("api-key", KEY)
        .header("OpenAI-Api-Key", KEY)
        .header("X-Trace", "t-1")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"input\":\"Hi\"}")));

    HttpResponse<String> answer = Admin.get(server, "requests");
    JsonObject request = Admin.json(answer).getJsonArray("requests").getJsonObject(0);

    assertThat(answer.body()).doesNotContain(KEY);
    assertThat(request.getInt("sequence")).isEqualTo(1);
    assertThat(request.getString("method")).isEqualTo("POST");
    assertThat(request.getString("path")).isEqualTo("/v1/responses");
    assertThat(request.getString("query")).isEmpty();
    assertThat(request.getJsonObject("headers")).containsKeys("content-type", "x-trace")
        .doesNotContainKeys("authorization", "cookie", "api-key", "openai-api-key");
    assertThat(request.getJsonObject("headers").getString("x-trace")).isEqualTo("t-1");
    assertThat(request.getJsonArray("withheld_headers").toString())
        .isEqualTo("[\"api-key\",\"authorization\",\"cookie\",\"openai-api-key\"]");
    assertThat(request.getJsonObject("body").toString())
        .isEqualTo("{\"model\":\"m\",\"input\":\"Hi\"}");
    assertThat(Instant.parse(request.getString("received_at"))).isBeforeOrEqualTo(Instant.now());
    assertThat(request.getInt("status")).isEqualTo(200);
    assertThat(request.getString("answered_by")).isEqualTo("queued reply #1");
  }

  @Test
  void otherBodiesAreShownAsTextOrNullAndErrorsWithTheirReason() throws Exception {
    Http.send(HttpRequest.newBuilder(Http.at(server, "/responses"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("plain words")));
    Http.get(Http.at(server, "/responses/resp_missing/input_items?limit=2"));
    Http.post(Http.at(server, "/responses"), "{\"model\":\"m\",\"input\":\"unscripted\"}");

    JsonArray requests = Admin.json(Admin.get(server, "requests")).getJsonArray("requests");

    JsonObject text = requests.getJsonObject(0);
    assertThat(text.getString("body")).isEqualTo("plain words");
    assertThat(text.getInt("status")).isEqualTo(415);
    assertThat(text.getString("answered_by")).startsWith("protocol: Invalid Content-Type");
    JsonObject listing = requests.getJsonObject(1);
    assertThat(listing.isNull("body")).isTrue();
    assertThat(listing.getString("query")).isEqualTo("limit=2");
    assertThat(listing.getInt("status")).isEqualTo(404);
    assertThat(listing.getString("answered_by"))
        .isEqualTo("built-in endpoint: Response with id 'resp_missing' not found.");
    assertThat(requests.getJsonObject(2).getString("answered_by"))
        .startsWith("unmatched: Unmatched request POST /v1/responses");
  }

  @Test
  void aBodyOverAMegabyteIsCutAndSaysSo() throws Exception {
    String big = "{\"model\":\"m\",\"input\":\"" + "x".repeat(1_500_000) + "\"}";
    Http.post(Http.at(server, "/responses"), big);

    JsonObject request = Admin.json(Admin.get(server, "requests")).getJsonArray("requests")
        .getJsonObject(0);

    assertThat(request.getBoolean("body_truncated")).isTrue();
    assertThat(request.getInt("body_bytes")).isEqualTo(big.length());
    assertThat(request.getString("body")).hasSize(JournalView.BODY_LIMIT).startsWith("{\"model\"");
  }

  @Test
  void aBodyThatIsNotUtf8IsShownAsItsBytesInBase64() throws Exception {
    byte[] binary = {'{', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
    Http.send(HttpRequest.newBuilder(Http.at(server, "/responses"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(binary)));

    JsonObject request = Admin.json(Admin.get(server, "requests")).getJsonArray("requests")
        .getJsonObject(0);

    assertThat(request).doesNotContainKey("body");
    assertThat(Base64.getDecoder().decode(request.getString("body_base64"))).isEqualTo(binary);
    assertThat(request.getInt("body_bytes")).isEqualTo(binary.length);
  }

  @Test
  void sinceGivesTheLaterRequestsAndAdminRequestsAreNotJournaled() throws Exception {
    for (int i = 1; i <= 3; i++) {
      Http.get(Http.at(server, "/responses/resp_" + i));
      Admin.get(server, "replies");
    }

    JsonObject all = Admin.json(Admin.get(server, "requests"));
    JsonObject later = Admin.json(Admin.get(server, "requests?since=1"));

    assertThat(all.getJsonArray("requests")).extracting(value -> value.asJsonObject()
        .getInt("sequence")).containsExactly(1, 2, 3);
    assertThat(later.getJsonArray("requests")).extracting(value -> value.asJsonObject()
        .getString("path")).containsExactly("/v1/responses/resp_2", "/v1/responses/resp_3");
    assertThat(all.getInt("received")).isEqualTo(3);
  }

  @Test
  void deleteClearsTheJournalAndNumbersGoOn() throws Exception {
    Http.get(Http.at(server, "/responses/resp_1"));
    Http.get(Http.at(server, "/responses/resp_2"));

    HttpResponse<String> deleted = Admin.delete(server, "requests");
    Http.get(Http.at(server, "/responses/resp_3"));
    JsonArray after = Admin.json(Admin.get(server, "requests")).getJsonArray("requests");

    assertThat(Admin.json(deleted).toString()).isEqualTo("{\"deleted\":2}");
    assertThat(after).hasSize(1);
    assertThat(after.getJsonObject(0).getInt("sequence")).isEqualTo(3);
    assertThat(server.requests()).hasSize(1);
  }
}
