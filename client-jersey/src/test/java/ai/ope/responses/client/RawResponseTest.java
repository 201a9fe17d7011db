package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The raw view: status and headers with the body, for plain calls and streams. */
class RawResponseTest {

  private final FakeServerFixture fixture = new FakeServerFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void createAndRetrieveCarryStatusAndHeaders() {
    fixture.server.enqueue(Reply.text("raw").withHeader("x-ratelimit-remaining-requests", "42"));

    RawResponse<Response> created = fixture.client.withRawResponse()
        .create(Frames.request("Raw"), RequestOptions.none());
    RawResponse<Response> retrieved = fixture.client.withRawResponse()
        .retrieve(created.body().id(), RequestOptions.none());

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.requestId()).isPresent();
    assertThat(created.header("X-RateLimit-Remaining-Requests")).hasValue("42");
    assertThat(created.header("openai-processing-ms")).isPresent();
    assertThat(created.body().outputText()).isEqualTo("raw");
    assertThat(retrieved.body().id()).isEqualTo(created.body().id());
    assertThat(retrieved.requestId()).isPresent().isNotEqualTo(created.requestId());
  }

  @Test
  void aStreamsHeadersAreThereBeforeItsEventsAreRead() {
    fixture.server.enqueue(Reply.text("streamed raw").withChunks(3)
        .withHeader("x-ratelimit-remaining-tokens", "9000"));

    RawResponse<ResponseStream> raw = fixture.client.withRawResponse()
        .stream(Frames.request("Raw stream"), RequestOptions.none());

    assertThat(raw.header("content-type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/event-stream"));
    assertThat(raw.header("x-ratelimit-remaining-tokens")).hasValue("9000");
    try (ResponseStream stream = raw.body()) {
      assertThat(stream.finalResponse().outputText()).isEqualTo("streamed raw");
    }
  }
}
