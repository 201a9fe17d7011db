package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.ApiError;
import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.ResponsesJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Validation never refuses what the real API accepted: every request body of the recorded
 * corpus answered with 200, and every request example of the official spec, passes it; the
 * corpus's 400s that validation can know of come back with the recorded code, param and
 * message. The server knows only the models the corpus shows the API serving, so that the
 * unknown ones (corpus 001, 002, 051) get the API's {@code model_not_found}.
 */
class ValidationCorpusTest {

  private static final Pattern CURL_PATH = Pattern.compile("https://api\\.openai\\.com/v1(/\\S*)");
  /**
   * 400s that depend on what the fake does not check: the MIME type of a file a tool returns
   * (009, 010, 011, 013).
   */
  private static final Set<String> NOT_REPRODUCED = Set.of(
      "009_pydantic-ai_test_multimodal_tool_return_matrix_direct-url-audio-openai_responses_i1",
      "010_pydantic-ai_test_multimodal_tool_return_matrix_direct-url_force_download-audio-ope_i2",
      "011_pydantic-ai_test_multimodal_tool_return_matrix_tool_return_content-url-audio-opena_i1",
      "013_pydantic-ai_test_multimodal_tool_return_matrix_tool_return_content-url_force_downl_i2");

  @Test
  void everyAcceptedCorpusRequestPassesAndTheRefusedOnesGetTheRecordedError() throws Exception {
    Path corpus = SharedFolder.require("corpus");
    Map<String, Sent> requests = corpusRequests(corpus);
    List<String> models = requests.values().stream().filter(sent -> sent.status == 200)
        .map(sent -> sent.body.get("model")).filter(JsonString.class::isInstance)
        .map(model -> ((JsonString) model).getString()).distinct().toList();
    int accepted = 0;
    int reproduced = 0;
    try (FakeResponsesServer server = FakeResponsesServer.builder().knownModels(models)
        .fallback(FakeResponsesServer.Fallback.MODEL).start()) {
      for (Map.Entry<String, Sent> each : requests.entrySet()) {
        Sent sent = each.getValue();
        HttpResponse<String> answer = Http.post(Http.at(server, sent.path),
            Files.readString(corpus.resolve(each.getKey()).resolve("request.json")));
        String answeredBy = server.takeRequest().answeredBy();
        if (sent.status == 200) {
          assertThat(answeredBy).as(each.getKey()).doesNotStartWith("validation");
          accepted++;
        } else if (sent.status == 400 && !NOT_REPRODUCED.contains(each.getKey())) {
          assertThat(answer.statusCode()).as(each.getKey()).isEqualTo(400);
          ApiError recorded = ResponsesJson.fromJson(Files.readString(corpus
              .resolve(each.getKey()).resolve("response.json")), ErrorResponse.class).error();
          Rejections.assertError(ResponsesJson.fromJson(answer.body(), ErrorResponse.class)
              .error(), recorded.code(), recorded.param(), recorded.message());
          reproduced++;
        } else {
          assertThat(answeredBy).as(each.getKey()).doesNotStartWith("validation");
        }
      }
    }
    assertThat(accepted).isEqualTo(88);
    assertThat(reproduced).as("001, 002, 030, 040, 051").isEqualTo(5);
  }

  @Test
  void everySpecRequestExamplePasses() throws Exception {
    Path examples = SharedFolder.require("spec", "examples");
    List<Path> bodies = new ArrayList<>();
    try (Stream<Path> files = Files.list(examples)) {
      files.filter(file -> file.getFileName().toString().endsWith(".request.json"))
          .sorted().forEach(bodies::add);
    }
    try (FakeResponsesServer server = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).start()) {
      for (Path body : bodies) {
        String curl = Files.readString(Path.of(body.toString()
            .replace(".request.json", ".request.curl.txt")));
        Matcher path = CURL_PATH.matcher(curl);
        assertThat(path.find()).as(body.toString()).isTrue();
        Http.post(Http.at(server, path.group(1)), Files.readString(body));
        assertThat(server.takeRequest().answeredBy()).as(body.toString())
            .doesNotStartWith("validation");
      }
    }
    assertThat(bodies).hasSizeGreaterThanOrEqualTo(10);
  }

  /** A corpus request with a body: where it went, what the API answered. */
  private record Sent(String path, int status, JsonObject body) {}

  private static Map<String, Sent> corpusRequests(Path corpus) throws IOException {
    Map<String, Sent> requests = new TreeMap<>();
    try (Stream<Path> folders = Files.list(corpus)) {
      for (Path folder : folders.sorted().toList()) {
        if (!Files.exists(folder.resolve("request.json"))) {
          continue; // GET, DELETE, cancel: no body to validate
        }
        JsonObject meta = Json.parse(Files.readString(folder.resolve("meta.json")))
            .orElseThrow().asJsonObject();
        assertThat(meta.getString("method")).isEqualTo("POST");
        requests.put(folder.getFileName().toString(), new Sent(
            meta.getString("url_path").replaceFirst("^/v1", ""),
            Integer.parseInt(Files.readString(folder.resolve("status.txt")).trim()),
            Json.parse(Files.readString(folder.resolve("request.json"))).orElseThrow()
                .asJsonObject()));
      }
    }
    return requests;
  }
}
