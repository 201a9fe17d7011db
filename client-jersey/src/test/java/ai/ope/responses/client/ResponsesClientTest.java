package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.DeletedResponse;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.InputItemList;
import ai.ope.responses.api.InputTokenCount;
import ai.ope.responses.api.InputTokensRequest;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every endpoint, round trip against the fake server. */
class ResponsesClientTest {

  private final FakeServerFixture fixture = new FakeServerFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void createSendsTheRequestWithTheApiHeadersAndReadsTheResponse() throws Exception {
    fixture.server.enqueue(Reply.text("OPEAI Platform serves models through one API."));
    CreateResponseRequest quickstart = ResponsesJson.fromJson(resource("quickstart.json"),
        CreateResponseRequest.class);

    Response response = fixture.client.create(quickstart);

    assertThat(response.outputText()).isEqualTo("OPEAI Platform serves models through one API.");
    RecordedRequest sent = fixture.server.takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/responses");
    assertThat(sent.bodyAsString()).isEqualTo(resource("quickstart.json"));
    assertThat(sent.header("Authorization")).hasValue("Bearer " + FakeServerFixture.KEY);
    assertThat(sent.header("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(sent.header("User-Agent")).hasValueSatisfying(
        agent -> assertThat(agent).startsWith("responses-jakarta/"));
    assertThat(sent.header("OpenAI-Organization")).isEmpty();
  }

  @Test
  void theSeedsStreamingToolTurnIsSentByteForByte() throws Exception {
    fixture.server.enqueue(Reply.text("first"));
    fixture.server.enqueue(Reply.text("21 degrees."));
    Response first = fixture.client.create(
        CreateResponseRequest.builder().model("gpt-5.4-mini").input("hi").build());
    String fixtureJson = resource("streaming-tool-turn.json")
        .replace("\"resp_123\"", "\"" + first.id() + "\"").replace(",\"stream\":true", "");
    CreateResponseRequest turn = ResponsesJson.fromJson(fixtureJson, CreateResponseRequest.class);
    fixture.server.takeRequest();

    Response answer = fixture.client.create(turn);

    assertThat(fixture.server.takeRequest().bodyAsString()).isEqualTo(fixtureJson);
    assertThat(answer.previousResponseId()).isEqualTo(first.id());
    assertThat(answer.outputText()).isEqualTo("21 degrees.");
  }

  @Test
  void previousResponseIdChainsAndAnUnknownOneIsNotFound() {
    fixture.server.enqueue(Reply.text("one"));
    fixture.server.enqueue(Reply.text("two"));
    Response first = fixture.client.create(request("Hi"));

    Response second = fixture.client.create(
        request("More").toBuilder().previousResponseId(first.id()).build());

    assertThat(second.previousResponseId()).isEqualTo(first.id());
    assertThatThrownBy(() -> fixture.client.create(
        request("x").toBuilder().previousResponseId("resp_unknown").build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.code()).hasValue("previous_response_not_found");
          assertThat(e.param()).hasValue("previous_response_id");
          assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
          assertThat(e.getMessage()).contains("Previous response with id 'resp_unknown'")
              .contains("[request id req_");
        });
  }

  @Test
  void createAsyncCompletesOffTheCallingThread() throws Exception {
    fixture.server.enqueue(Reply.text("async"));

    Response response = fixture.client.createAsync(request("Hi")).toCompletableFuture()
        .get(10, TimeUnit.SECONDS);

    assertThat(response.outputText()).isEqualTo("async");
  }

  @Test
  void retrieveDeleteAndCancel() {
    fixture.server.enqueue(Reply.text("stored"));
    fixture.server.enqueue(Reply.text("background"));
    Response stored = fixture.client.create(request("a"));
    Response background = fixture.client.create(request("b").toBuilder().background(true).build());

    Response retrieved = fixture.client.retrieve(stored.id());
    Response cancelled = fixture.client.cancel(background.id());
    DeletedResponse deleted = fixture.client.delete(stored.id());

    assertThat(retrieved).isEqualTo(stored);
    assertThat(cancelled.status()).isEqualTo("cancelled");
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.id()).isEqualTo(stored.id());
    assertThatThrownBy(() -> fixture.client.retrieve(stored.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixture.client.retrieve(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("responseId is blank");
  }

  @Test
  void inputItemsComePageByPageAndAutoPagingFollowsHasMore() throws Exception {
    fixture.server.enqueue(Reply.text("ok"));
    List<InputItem> messages = IntStream.rangeClosed(1, 7)
        .mapToObj(i -> (InputItem) InputItem.user("m" + i)).toList();
    Response created = fixture.client.create(CreateResponseRequest.builder().model("m")
        .input(messages).build());

    InputItemList firstPage = fixture.client.listInputItems(created.id(),
        InputItemsParams.defaults().withLimit(3).withOrder("asc"));
    List<String> all = fixture.client.inputItems(created.id(),
        InputItemsParams.defaults().withLimit(2).withOrder("asc"))
        .map(item -> ((Message) item).text()).toList();

    assertThat(firstPage.data()).hasSize(3);
    assertThat(firstPage.hasMore()).isTrue();
    assertThat(all).containsExactly("m1", "m2", "m3", "m4", "m5", "m6", "m7");
    long pageRequests = fixture.server.requests().stream()
        .filter(request -> request.path().endsWith("/input_items")).count();
    assertThat(pageRequests).isEqualTo(1 + 4);
  }

  @Test
  void countInputTokens() {
    InputTokenCount count = fixture.client.countInputTokens(
        InputTokensRequest.of(request("How many tokens is this?")));

    assertThat(count.inputTokens()).isPositive();
  }

  @Test
  void aStreamingRequestIsRefusedByCreate() {
    assertThatThrownBy(() -> fixture.client.create(request("x").toBuilder().stream(true).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stream");
  }

  @Test
  void aMalformedSuccessBodyIsAnInvalidResponse() {
    fixture.server.enqueue(Reply.json(200, "{\"id\":\"resp_1\",\"output\":\"not a list\"}"));
    fixture.server.enqueue(Reply.json(200, "<html>hello</html>"));

    assertThatThrownBy(() -> fixture.client.create(request("x")))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.getMessage()).contains("/output").contains("[request id req_");
        });
    assertThatThrownBy(() -> fixture.client.create(request("x")))
        .isInstanceOf(InvalidResponseException.class);
  }

  static CreateResponseRequest request(String input) {
    return CreateResponseRequest.builder().model("gpt-5.4-mini").input(input).build();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ResponsesClientTest.class.getResourceAsStream("/requests/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anIdIsOnePathSegmentWhateverItHolds() throws Exception {
    assertThatThrownBy(() -> fixture.client.retrieve("resp_a/../b {c}%"))
        .isInstanceOf(NotFoundException.class);

    assertThat(fixture.server.takeRequest().path())
        .isEqualTo("/v1/responses/resp_a%2F..%2Fb%20%7Bc%7D%25");
  }
}
