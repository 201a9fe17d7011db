package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code response}, {@code duration_ms} and {@code strict_miss} of each
 * {@code GET /__admin/requests} entry: what the server sent back, how a stream unfolded, and
 * why strict mode refused a request.
 */
class AdminResponsesTest {

  private static final String CREATE = "{\"model\":\"m\",\"input\":\"Hi\"}";
  private static final String STREAM = "{\"model\":\"m\",\"input\":\"Hi\",\"stream\":true}";

  private final Answered answered = new Answered();
  private final FakeResponsesServer server = answered.start(FakeResponsesServer.builder());

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void aJsonCreateShowsItsStatusHeadersBodyAndDuration() throws Exception {
    server.enqueue(Reply.text("Sunny."));

    Http.post(Http.at(server, "/responses"), CREATE);
    JsonObject entry = onlyEntry();
    JsonObject response = entry.getJsonObject("response");

    assertThat(entry.getJsonNumber("duration_ms").bigDecimalValue()).isNotNegative();
    assertThat(response.getInt("status")).isEqualTo(200);
    assertThat(response.getJsonObject("headers").getString("content-type"))
        .isEqualTo("application/json");
    assertThat(response.getJsonObject("body").getString("object")).isEqualTo("response");
    assertThat(response.getInt("body_bytes")).isPositive();
    assertThat(response.getString("ending")).isEqualTo("complete");
    assertThat(response).doesNotContainKeys("events", "text", "body_truncated", "body_base64");
    assertThat(entry).doesNotContainKey("strict_miss");
  }

  @Test
  void aStreamShowsItsTimelineAndTheTextSoFar() throws Exception {
    server.enqueue(Reply.text("Hello there, friend").withChunks(3)
        .withDelayBetweenEvents(Duration.ofMillis(5)));

    Http.post(Http.at(server, "/responses"), STREAM);
    JsonObject response = onlyEntry().getJsonObject("response");
    JsonArray events = response.getJsonArray("events");

    assertThat(response.getString("text")).isEqualTo("Hello there, friend");
    assertThat(response.getString("ending")).isEqualTo("complete");
    assertThat(response.getString("body")).startsWith("event: response.created\n");
    List<BigDecimal> offsets = events.getValuesAs(JsonObject.class).stream()
        .map(event -> event.getJsonNumber("offset_ms").bigDecimalValue()).toList();
    assertThat(offsets).isSorted().doesNotHaveDuplicates();
    JsonObject first = events.getJsonObject(0);
    assertThat(first.getString("event")).isEqualTo("response.created");
    assertThat(first.getString("type")).isEqualTo("response.created");
    assertThat(first.getInt("sequence_number")).isZero();
    assertThat(first.getJsonObject("data").getString("type")).isEqualTo("response.created");
    assertThat(first.getInt("data_bytes")).isEqualTo(
        first.getJsonObject("data").toString().getBytes(StandardCharsets.UTF_8).length);
    assertThat(events.getValuesAs(JsonObject.class)).filteredOn(event -> event.containsKey("delta"))
        .extracting(event -> event.getString("delta"))
        .containsExactly("Hello t", "here, ", "friend");
  }

  @Test
  void aStreamCutByAFaultSaysAfterHowManyEvents() throws Exception {
    server.enqueue(Reply.text("never finished").withCutAfterEvents(3));

    Http.rawExchange(server, RecordedResponseTest.raw(STREAM));
    JsonObject response = onlyEntry().getJsonObject("response");

    assertThat(response.getJsonArray("events")).hasSize(3);
    assertThat(response.getString("ending")).isEqualTo("cut by a fault after 3 events");
  }

  @Test
  void aConnectionResetShowsNoStatusAndItsEnding() throws Exception {
    server.enqueue(Reply.connectionReset());

    Http.rawExchange(server, RecordedResponseTest.raw(CREATE));
    JsonObject entry = onlyEntry();

    assertThat(entry.getInt("status")).isZero();
    assertThat(entry.getJsonObject("response").getInt("status")).isZero();
    assertThat(entry.getJsonObject("response").getString("ending"))
        .isEqualTo("connection reset");
  }

  @Test
  void bytesThatAreNotUtf8AreShownAsBase64() throws Exception {
    byte[] binary = {(byte) 0xff, (byte) 0xfe, '<', 'b', '>', 0};
    server.enqueue(Reply.json(200, binary));

    Http.sendForBytes(java.net.http.HttpRequest.newBuilder(Http.at(server, "/responses"))
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(CREATE)));
    JsonObject response = onlyEntry().getJsonObject("response");

    assertThat(response).doesNotContainKey("body");
    assertThat(Base64.getDecoder().decode(response.getString("body_base64"))).isEqualTo(binary);
  }

  @Test
  void aHugeBodyIsCutAndSaysSo() throws Exception {
    String huge = "{\"text\":\"" + "é".repeat(800_000) + "\"}";
    server.enqueue(Reply.json(200, huge));

    Http.post(Http.at(server, "/responses"), CREATE);
    JsonObject response = onlyEntry().getJsonObject("response");

    assertThat(response.getBoolean("body_truncated")).isTrue();
    assertThat(response.getInt("body_bytes"))
        .isEqualTo(huge.getBytes(StandardCharsets.UTF_8).length);
    // a character cut in two at the limit does not make the body binary
    assertThat(response.getString("body")).startsWith("{\"text\":\"éé")
        .hasSize(9 + (JournalView.BODY_LIMIT - 9) / 2);
  }

  @Test
  void aStrictModeMissNamesTheNearestRecordingAndEachDifference() throws Exception {
    server.load(Cassette.of("weather", List.of(
        new Interaction("001-ask", "POST", "/v1/responses", "",
            "{\"model\":\"m\",\"input\":\"Weather in Paris?\",\"store\":true}",
            Reply.json(200, "{}")),
        new Interaction("002-list", "GET", "/v1/responses/resp_1/input_items", "", "",
            Reply.json(200, "{}")))));

    Http.post(Http.at(server, "/responses"),
        "{\"model\":\"m\",\"input\":\"Weather in Rome?\",\"temperature\":0.5}");
    JsonObject entry = onlyEntry();
    JsonObject miss = entry.getJsonObject("strict_miss");

    assertThat(entry.getString("answered_by")).startsWith("unmatched: ");
    assertThat(miss.getString("nearest")).isEqualTo("001-ask");
    assertThat(miss.getInt("differences_total")).isEqualTo(3);
    JsonArray differences = miss.getJsonArray("differences");
    assertThat(differences.getJsonObject(0).getString("pointer")).isEqualTo("/input");
    assertThat(differences.getJsonObject(0).getString("recorded")).isEqualTo("Weather in Paris?");
    assertThat(differences.getJsonObject(0).getString("received")).isEqualTo("Weather in Rome?");
    assertThat(differences.getJsonObject(1).getString("pointer")).isEqualTo("/store");
    assertThat(differences.getJsonObject(1)).containsKey("recorded")
        .doesNotContainKey("received");
    assertThat(differences.getJsonObject(2).getString("pointer")).isEqualTo("/temperature");
    assertThat(differences.getJsonObject(2)).doesNotContainKey("recorded");
    assertThat(differences.getJsonObject(2).get("received").toString()).isEqualTo("0.5");
    assertThat(entry.getJsonObject("response").getInt("status")).isEqualTo(400);
  }

  @Test
  void withoutACassetteAMissHasNoNearestRecording() throws Exception {
    Http.post(Http.at(server, "/responses"), CREATE);

    JsonObject miss = onlyEntry().getJsonObject("strict_miss");

    assertThat(miss.get("nearest")).isEqualTo(JsonValue.NULL);
    assertThat(miss.getJsonArray("differences")).isEmpty();
  }

  /** The journal's one entry, once its answer has ended. */
  private JsonObject onlyEntry() throws Exception {
    answered.next();
    JsonArray requests = Admin.json(Admin.get(server, "requests")).getJsonArray("requests");
    assertThat(requests).hasSize(1);
    return requests.getJsonObject(0);
  }
}
