package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole shared corpus loaded as one cassette: every recorded interaction replays, and the
 * bytes the server sends equal the recording.
 */
class CorpusCassetteTest {

  @Test
  void everyRecordedInteractionReplaysByteForByte() throws Exception {
    Path corpus = SharedFolder.require("corpus");
    Cassette cassette = Cassette.load(corpus);
    assertThat(cassette.interactions()).hasSizeGreaterThanOrEqualTo(116);

    int streams = 0;
    try (FakeResponsesServer server = FakeResponsesServer.builder().cassette(cassette).start()) {
      for (Interaction interaction : cassette.interactions()) {
        Path folder = corpus.resolve(interaction.name());
        HttpResponse<byte[]> answer = Http.sendForBytes(request(server, interaction));

        int status = Integer.parseInt(Files.readString(folder.resolve("status.txt")).trim());
        assertThat(answer.statusCode()).as(interaction.name()).isEqualTo(status);
        Path sse = folder.resolve("response.sse");
        Path json = folder.resolve("response.json");
        byte[] recorded = Files.readAllBytes(Files.exists(sse) ? sse : json);
        assertThat(answer.body()).as(interaction.name()).isEqualTo(recorded);
        streams += Files.exists(sse) ? 1 : 0;
      }
      assertThat(server.unmatchedRequests()).isEmpty();
      assertThat(server.requestCount()).isEqualTo(cassette.interactions().size());
    }
    assertThat(streams).isEqualTo(38);
  }

  private static HttpRequest.Builder request(FakeResponsesServer server, Interaction interaction) {
    String target = interaction.path().replaceFirst("^/v1", "")
        + (interaction.query().isEmpty() ? "" : "?" + interaction.query());
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + target));
    if (interaction.requestBody().isEmpty()) {
      return request.method(interaction.method(), HttpRequest.BodyPublishers.noBody());
    }
    return request.header("Content-Type", "application/json")
        .method(interaction.method(),
            HttpRequest.BodyPublishers.ofString(interaction.requestBody()));
  }
}
