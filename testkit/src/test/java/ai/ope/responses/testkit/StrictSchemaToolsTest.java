package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ValidationParametersTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.schema.JsonSchemas;
import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A strict function tool's {@code parameters} follow the same rules as a strict format, refused
 * with code {@code invalid_function_parameters} at {@code tools[n].parameters}; a function tool
 * that does not say {@code strict: true} is not checked (the server falls back to non-strict),
 * and the schemas our own generator writes pass.
 */
class StrictSchemaToolsTest {

  private static final String WEATHER = "{'type':'object','properties':{'city':{'type':"
      + "'string'},'unit':{'type':'string','enum':['c','f']}},'required':['city'],"
      + "'additionalProperties':false}";

  private final FakeResponsesServer server = FakeResponsesServer.builder()
      .fallback(FakeResponsesServer.Fallback.MODEL).start();
  private final Rejections rejections = new Rejections(server);

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void aStrictFunctionIsRefusedAtItsParameters() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':'hi','tools':[{'type':'web_search'},"
        + "{'type':'function','name':'get_weather','strict':true,'parameters':" + WEATHER
        + "}]}"), "invalid_function_parameters", "tools[1].parameters",
        "Invalid schema for function 'get_weather': In context=(), 'required' is required to"
            + " be supplied and to be an array including every key in properties."
            + " Missing 'unit'.");
    rejections.assertCreate(json("{'model':'m','input':'hi','tools':[{'type':'function',"
        + "'name':'lookup','strict':true,'parameters':{'type':'string'}}]}"),
        "invalid_function_parameters", "tools[0].parameters", "Invalid schema for function"
            + " 'lookup': schema must be a JSON Schema of 'type: \"object\"', got 'type:"
            + " \"string\"'.");
  }

  @Test
  void aStrictFunctionInANamespaceToo() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':'hi','tools':[{'type':'namespace',"
        + "'name':'crm','description':'d','tools':[{'type':'custom','name':'note'},{'type':"
        + "'function','name':'find','strict':true,'parameters':{'type':'object','properties':"
        + "{'q':{'type':'string'}},'required':['q']}}]}]}"), "invalid_function_parameters",
        "tools[0].tools[1].parameters", "Invalid schema for function 'find': In context=(),"
            + " 'additionalProperties' is required to be supplied and to be false.");
  }

  @Test
  void functionsThatDoNotSayStrictAreNotChecked() throws Exception {
    // corpus 048: no strict, no additionalProperties: accepted, echoed as strict
    for (String strict : new String[] {"'strict':false,", "'strict':null,", ""}) {
      assertThat(rejections.status("/responses", json("{'model':'m','input':'hi','tools':"
          + "[{'type':'function','name':'get_weather'," + strict + "'parameters':{'type':"
          + "'object','properties':{'city':{'type':'string','allOf':[]}}}}]}")))
          .as(strict).isEqualTo(200);
    }
  }

  @Test
  void aTextFormatProblemComesBeforeTheTools() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':'hi','tools':[{'type':'function','name':"
        + "'f','strict':true,'parameters':{'type':'object'}}],'text':{'format':{'type':"
        + "'json_schema','name':'out','strict':true,'schema':{'type':'object','properties':{},"
        + "'additionalProperties':true}}}}"), "invalid_json_schema", "text.format.schema",
        "Invalid schema for response_format 'out': In context=(), 'additionalProperties' is"
            + " required to be supplied and to be false.");
  }

  static Stream<Class<?>> strictRecords() {
    return ModelStructuredOutputTest.records()
        .filter(type -> type != ModelStructuredOutputTest.Scores.class);
  }

  @ParameterizedTest
  @MethodSource("strictRecords")
  void theSchemasOurGeneratorWritesPass(Class<?> type) throws Exception {
    JsonObject schema = JsonSchemas.of(type);
    assertThat(StrictSchema.problem(schema)).as(schema.toString()).isNull();
    assertThat(rejections.status("/responses", json("{'model':'m','input':'hi','tools':[{"
        + "'type':'function','name':'f','strict':true,'parameters':") + schema + "}]}"))
        .isEqualTo(200);
  }

  @Test
  void aSchemaShapedAsOpenAiJavaWritesItPasses() {
    // a JSON Schema 2020-12 document with $schema, $defs and descriptions, as the official
    // Java SDK derives from a class
    JsonObject schema = Json.parse(json("{'$schema':'https://json-schema.org/draft/2020-12/"
        + "schema','$defs':{'Wind':{'type':'object','properties':{'speed':{'type':'integer',"
        + "'description':'km/h'}},'required':['speed'],'additionalProperties':false}},"
        + "'type':'object','properties':{'city':{'type':'string'},'sky':{'type':'string',"
        + "'enum':['CLEAR','CLOUDY']},'hours':{'type':'array','items':{'type':'integer'}},"
        + "'wind':{'$ref':'#/$defs/Wind'}},'required':['city','sky','hours','wind'],"
        + "'additionalProperties':false}")).orElseThrow().asJsonObject();

    assertThat(StrictSchema.problem(schema)).isNull();
  }
}
