package ai.ope.responses.samples;

// StructuredOutput: ask for JSON that follows a schema (text.format json_schema, strict), then
// bind the answer to a Java record with JSON-B.

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.TextConfig;
import ai.ope.responses.testkit.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.io.StringReader;

/** JSON that follows a schema, bound to a record. */
public final class StructuredOutput {

  /**
   * What the model is asked for.
   *
   * @param city the city
   * @param country its country
   * @param population its population
   */
  public record CityFacts(String city, String country, long population) {}

  static final JsonObject SCHEMA = Json.createReader(new StringReader(
      "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
          + "\"country\":{\"type\":\"string\"},\"population\":{\"type\":\"integer\"}},"
          + "\"required\":[\"city\",\"country\",\"population\"],"
          + "\"additionalProperties\":false}")).readObject();

  private StructuredOutput() {}

  /**
   * Runs the sample.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Backend backend = Backend.fromEnvironment(System.out)) {
      run(backend, System.out);
    }
  }

  static CityFacts run(Backend backend, PrintStream out) {
    backend.script(Reply.text("{\"city\":\"Lyon\",\"country\":\"France\",\"population\":522250}"));

    Response response = backend.client().create(CreateResponseRequest.builder()
        .model(Backend.MODEL)
        .input("Give the facts about Lyon.")
        .text(TextConfig.jsonSchema("city_facts", SCHEMA, true))
        .build());
    CityFacts facts = ResponsesJson.jsonb().fromJson(response.outputText(), CityFacts.class);

    out.println(facts);
    return facts;
  }
}
