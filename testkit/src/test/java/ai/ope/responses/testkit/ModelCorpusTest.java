package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.FunctionTool;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.TextFormat;
import ai.ope.responses.api.ToolChoice;
import ai.ope.responses.api.stream.ResponseAccumulator;
import ai.ope.responses.api.stream.ServerSentEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every create request of the recorded corpus ({@code ../shared/corpus}, read where it lies)
 * that stands alone (a model, no {@code previous_response_id} or {@code conversation}) answered
 * by the built-in model: a 200, JSON valid against a requested schema, and the forced function
 * calls with arguments valid against their parameters. Skipped, saying why, where the corpus is
 * absent.
 */
class ModelCorpusTest {

  private static final ModelCalls MODEL = new ModelCalls();

  @AfterAll
  static void close() {
    MODEL.close();
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedCreateIsAnsweredAsItAsks() {
    return SharedFolder.eachCorpusFolder(
        folder -> Files.exists(folder.resolve("request.json")) && standaloneCreate(folder),
        folder -> check(Files.readString(folder.resolve("request.json"))));
  }

  private static boolean standaloneCreate(Path folder) {
    try {
      JsonObject meta = Json.parse(Files.readString(folder.resolve("meta.json"))).orElseThrow()
          .asJsonObject();
      JsonObject request = Json.parse(Files.readString(folder.resolve("request.json")))
          .orElseThrow().asJsonObject();
      // a request the API refused (a bad temperature, 030; a reasoning item alone, 040) is
      // refused by the fake's validation too: ValidationCorpusTest covers those
      return Files.readString(folder.resolve("status.txt")).strip().equals("200")
          && meta.getString("url_path").equals("/v1/responses")
          && meta.getString("method").equals("POST")
          && !(request.get("previous_response_id") instanceof JsonString)
          && !request.containsKey("conversation")
          // a stored prompt may name the model; this server has no stored prompts
          && request.containsKey("model");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(String body) throws Exception {
    HttpResponse<String> answer = Http.post(Http.at(MODEL.server, "/responses"), body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    CreateResponseRequest request = ResponsesJson.fromJson(body, CreateResponseRequest.class);
    Response response = Boolean.TRUE.equals(request.stream()) ? streamed(answer.body())
        : ResponsesJson.fromJson(answer.body(), Response.class);
    TextFormat format = request.text() == null ? null : request.text().format();
    if (format instanceof TextFormat.JsonSchema schema && response.functionCalls().isEmpty()
        && "completed".equals(response.status())) {
      assertThat(JsonSchemaOracle.violations(schema.schema(),
          Json.parse(response.outputText()).orElseThrow())).isEmpty();
    }
    if (ToolChoice.REQUIRED.equals(request.toolChoice()) && request.tools().stream()
        .anyMatch(FunctionTool.class::isInstance)) {
      assertThat(response.functionCalls()).isNotEmpty();
    }
    for (FunctionCall call : response.functionCalls()) {
      FunctionTool tool = (FunctionTool) request.tools().stream()
          .filter(each -> each instanceof FunctionTool function
              && function.name().equals(call.name())).findFirst().orElseThrow();
      assertThat(JsonSchemaOracle.violations(tool.parameters(),
          Json.parse(call.arguments()).orElseThrow())).as(call.arguments()).isEmpty();
    }
  }

  private static Response streamed(String sse) {
    ResponseAccumulator accumulator = new ResponseAccumulator();
    ServerSentEvent.parseAll(sse).forEach(frame -> accumulator.accept(frame.toEvent()));
    return accumulator.finalResponse().orElseThrow();
  }
}
