package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the server keeps of the requests it received. */
class JournalTest {

  @Test
  void aLimitedJournalKeepsTheNewestRequestsAndStillCountsThemAll() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).journalLimit(3).start()) {
      for (int i = 1; i <= 5; i++) {
        Http.post(Http.at(server, "/responses"), "{\"model\":\"m\",\"input\":\"call " + i + "\"}");
      }

      assertThat(server.requestCount()).isEqualTo(5);
      assertThat(server.requests()).extracting(RecordedRequest::bodyAsString)
          .allSatisfy(body -> assertThat(body).doesNotContain("call 1", "call 2"))
          .hasSize(3).last().asString().contains("call 5");
      assertThat(server.takeRequest().bodyAsString()).contains("call 3");
      assertThat(server.takeRequest().bodyAsString()).contains("call 4");
      assertThat(server.takeRequest().bodyAsString()).contains("call 5");
      assertThat(server.takeRequest(Duration.ofMillis(50))).isNull();
    }
  }

  @Test
  void byDefaultEveryRequestIsKeptUntilReset() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).start()) {
      for (int i = 0; i < 1_200; i++) {
        Http.get(Http.at(server, "/responses/resp_missing_" + i));
      }

      assertThat(server.requests()).hasSize(1_200);
      assertThat(server.requestCount()).isEqualTo(1_200);
      server.reset();
      assertThat(server.requests()).isEmpty();
      assertThat(server.requestCount()).isZero();
    }
  }
}
