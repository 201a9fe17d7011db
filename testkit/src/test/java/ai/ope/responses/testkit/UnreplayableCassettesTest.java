package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cassette files that broke loading or replay (found by CassetteReaderFuzzTest): a status or
 * header the HTTP server cannot send, or a pause out of range, is now rejected when loading,
 * naming the file; a recorded query that is not decodable no longer breaks matching the others.
 */
class UnreplayableCassettesTest {

  @TempDir
  Path dir;

  @Test
  void aStatusTheServerCannotSendIsRejectedWhenLoading() throws Exception {
    for (String status : new String[] {"0", "-1", "1e400", "200.5", "\"200\"", "600"}) {
      Path cassette = interaction("status-" + status.hashCode(),
          "{\"method\":\"GET\",\"path\":\"/v1/responses/r\"}", "{\"status\":" + status + "}");

      assertThatThrownBy(() -> Cassette.load(cassette))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(cassette.resolve("001-x").resolve("response.json").toString())
          .hasMessageContaining("is not an HTTP status");
    }
    Path corpusLayout = Files.createDirectories(dir.resolve("corpus").resolve("001-x"));
    Files.writeString(corpusLayout.resolve("meta.json"),
        "{\"method\":\"GET\",\"url_path\":\"/v1/responses/r\"}");
    Files.writeString(corpusLayout.resolve("status.txt"), "0\n");

    assertThatThrownBy(() -> Cassette.load(dir.resolve("corpus")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status.txt: status 0 is not an HTTP status");
  }

  @Test
  void aHeaderTheServerCannotSendIsRejectedWhenLoading() throws Exception {
    String request = "{\"method\":\"GET\",\"path\":\"/v1/responses/r\"}";
    Path lineBreak = interaction("line-break", request,
        "{\"status\":200,\"headers\":{\"x-a\":\"1\\r\\nx-b: 2\"}}");
    Path badName = interaction("bad-name", request,
        "{\"status\":200,\"headers\":{\"x a:\":\"1\"}}");

    assertThatThrownBy(() -> Cassette.load(lineBreak))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("response.json: header x-a has a line break");
    assertThatThrownBy(() -> Cassette.load(badName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("response.json: \"x a:\" is not a header name");
  }

  @Test
  void aPauseOutOfRangeIsRejectedNamingTheFile() throws Exception {
    // A NumberFormatException without the file's name before.
    Path cassette = interaction("pause", "{\"method\":\"POST\",\"path\":\"/v1/responses\"}",
        "{\"status\":200}");
    Path stream = cassette.resolve("001-x").resolve("response.sse");
    Files.writeString(stream, ": +99999999999999999999ms\ndata: {}\n\n");

    assertThatThrownBy(() -> Cassette.load(cassette))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(stream + ": the pause of \": +99999999999999999999ms\" is out of"
            + " range");
  }

  @Test
  void anUndecodableRecordedQueryDoesNotBreakMatchingTheOthers() throws Exception {
    Path cassette = interaction("query", "{\"method\":\"GET\",\"path\":\"/v1/responses/s\","
        + "\"query\":\"a=%zz\"}", "{\"status\":404}");
    Path second = Files.createDirectories(cassette.resolve("002-y"));
    Files.writeString(second.resolve("request.json"),
        "{\"method\":\"GET\",\"path\":\"/v1/responses/r\"}");
    Files.writeString(second.resolve("response.json"), "{\"status\":204}");

    try (FakeResponsesServer server =
        FakeResponsesServer.builder().cassette(Cassette.load(cassette)).start()) {
      HttpResponse<String> answer = Http.get(Http.at(server, "/responses/r"));

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    }
  }

  private Path interaction(String name, String request, String response) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name).resolve("001-x"));
    Files.writeString(folder.resolve("request.json"), request);
    Files.writeString(folder.resolve("response.json"), response);
    return folder.getParent();
  }
}
