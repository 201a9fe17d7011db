package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ValidationParametersTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schema interpreter on the values that break naive validators: numbers of any size,
 * integers written with a fraction, negative zero, code points beyond the BMP, unpaired
 * surrogates, deep nesting. Never an exception: a result or the API's error.
 */
class SchemaCheckTest {

  private final RequestValidator validator = new RequestValidator(new ResponseStore(), Set.of());

  private Violation create(String body) {
    return validator.violation(Route.Endpoint.CREATE,
        Json.parse(body).orElseThrow().asJsonObject());
  }

  @Test
  void numbersOfAnySizeCompareExactly() {
    assertThat(create(json("{'model':'m','temperature':1e400}")).message())
        .isEqualTo("Invalid 'temperature': decimal above maximum value. Expected a value <= 2,"
            + " but got 1E+400 instead.");
    assertThat(create(json("{'model':'m','temperature':2.0000000000000000000001}")).code())
        .isEqualTo("decimal_above_max_value");
    assertThat(create(json("{'model':'m','temperature':-0}"))).isNull();
    assertThat(create(json("{'model':'m','temperature':-0.0}"))).isNull();
    assertThat(create(json("{'model':'m','temperature':1e-400}"))).isNull();
    assertThat(create(json("{'model':'m','max_tool_calls':1e400}"))).isNull();
  }

  @Test
  void anIntegerWrittenWithAFractionOfZerosIsAnInteger() {
    // JSON does not tell 16 from 16.0 by value; the fake takes both, and says "decimal
    // number" only of a real fraction
    assertThat(create(json("{'model':'m','max_output_tokens':16.0}"))).isNull();
    assertThat(create(json("{'model':'m','max_output_tokens':1.6e1}"))).isNull();
    assertThat(create(json("{'model':'m','max_output_tokens':15.0}")).message())
        .isEqualTo("Invalid 'max_output_tokens': integer below minimum value. Expected a value"
            + " >= 16, but got 15.0 instead.");
    assertThat(create(json("{'model':'m','max_output_tokens':16.25}")).code())
        .isEqualTo("invalid_type");
  }

  @Test
  void lengthsCountCodePoints() {
    String emoji = "\uD83D\uDE00";
    assertThat(create(json("{'model':'m','metadata':{'k':'" + emoji.repeat(512) + "'}}")))
        .isNull();
    assertThat(create(json("{'model':'m','metadata':{'k':'" + emoji.repeat(513) + "'}}"))
        .message()).endsWith("but got a string with length 513 instead.");
    assertThat(create(json("{'model':'m','metadata':{'" + "k".repeat(65) + "':'v'}}")).code())
        .isEqualTo("string_above_max_length");
  }

  @Test
  void unpairedSurrogatesAreJustCharacters() {
    assertThat(create("{\"model\":\"\\ud800\",\"input\":\"\\udc00\"}")).isNull();
    assertThat(create("{\"model\":\"m\",\"\\ud800\":1}").code())
        .isEqualTo("unknown_parameter");
    assertThat(create("{\"model\":\"m\",\"tool_choice\":\"\\ud800\"}").code())
        .isEqualTo("invalid_value");
  }

  @Test
  void deepNestingNeitherOverflowsNorTakesLong() {
    int depth = 900; // the JSON parser's own limit is 1000
    String freeForm = "{'a':".repeat(depth) + "1" + "}".repeat(depth);
    assertThat(create(json("{'model':'m','text':{'format':{'type':'json_schema','name':'n',"
        + "'schema':" + freeForm + "}}}"))).isNull();
    String filters = "{'type':'and','filters':[".repeat(depth / 3)
        + "{'type':'eq','key':'k','value':1}" + "]}".repeat(depth / 3);
    assertThat(create(json("{'model':'m','tools':[{'type':'file_search','vector_store_ids':"
        + "['vs'],'filters':" + filters + "}]}"))).isNull();
    String bad = filters.replace("'eq'", "'like'");
    assertThat(create(json("{'model':'m','tools':[{'type':'file_search','vector_store_ids':"
        + "['vs'],'filters':" + bad + "}]}")).code()).isEqualTo("invalid_value");
  }

  @Test
  void shortStringsAndUnsupportedKeywords() {
    SchemaAlternatives root = new SchemaCompiler(Json.parse(json("{'R':{'type':'object',"
        + "'properties':{'s':{'type':'string','minLength':3}}}}")).orElseThrow().asJsonObject())
        .compile("R");
    Violation shortString = SchemaCheck.body(Json.parse(json("{'s':'ab'}")).orElseThrow()
        .asJsonObject(), root);

    assertThat(shortString.code()).isEqualTo("string_below_min_length");
    assertThat(shortString.message()).isEqualTo("Invalid 's': string too short. Expected a"
        + " string with minimum length 3, but got a string with length 2 instead.");
    assertThatThrownBy(() -> new SchemaCompiler(Json.parse(json("{'R':{'type':'object',"
        + "'dependentRequired':{}}}")).orElseThrow().asJsonObject()).compile("R"))
        .hasMessageContaining("unsupported keyword dependentRequired");
  }

  @Test
  void theCommittedSchemasCompileForEveryEndpointWithABody() {
    for (Route.Endpoint endpoint : Route.Endpoint.values()) {
      boolean takesBody = new Route(endpoint, null).takesBody();
      assertThat(RequestSchemas.of(endpoint) != null).as(endpoint.name()).isEqualTo(takesBody);
    }
  }
}
