package ai.ope.responses.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.SharedFixtures;
import ai.ope.responses.api.TextFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus's structured-output interactions, seen through records written for them: the
 * recorded answers conform to the records' schemas and bind to the records, and the records'
 * schemas name the same properties as the schemas the recording sent.
 */
class CorpusStructuredOutputTest {

  public record CityLocation(String city, String country) {}

  public record Step(String explanation, String output) {}

  public record MathResponse(List<Step> steps, String finalAnswer) {}

  public record Person(String name, int age) {}

  @Test
  void recordedStructuredAnswersBindToTheirRecords() throws IOException {
    CityLocation city = check("017_pydantic-ai_test_native_output_i1", CityLocation.class);
    MathResponse math = check("055_dd-trace-py_response_parse_i0", MathResponse.class);
    Person person = check("070_openllmetry_test_responses_parse_async_i0", Person.class);

    assertThat(city).isEqualTo(new CityLocation("Mexico City", "Mexico"));
    assertThat(math.steps()).isNotEmpty().allSatisfy(step ->
        assertThat(step.explanation()).isNotBlank());
    assertThat(math.finalAnswer()).isNotBlank();
    assertThat(person).isEqualTo(new Person("Bob", 42));
  }

  private static <T> T check(String interaction, Class<T> type) throws IOException {
    Path folder = SharedFixtures.require("corpus").resolve(interaction);
    CreateResponseRequest request = ResponsesJson.fromJson(
        Files.readString(folder.resolve("request.json")), CreateResponseRequest.class);
    Response response = ResponsesJson.fromJson(
        Files.readString(folder.resolve("response.json")), Response.class);
    TextFormat.JsonSchema sent = (TextFormat.JsonSchema) request.text().format();

    assertThat(JsonSchemas.of(type).getJsonObject("properties").keySet())
        .containsExactlyInAnyOrderElementsOf(sent.schema().getJsonObject("properties").keySet());
    assertThat(SchemaCheck.violations(JsonSchemas.of(type),
        JsonSchemasTest.json(response.outputText()))).isEmpty();
    return StructuredJson.read(response.outputText(), type);
  }
}
