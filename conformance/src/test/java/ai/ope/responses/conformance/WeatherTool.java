package ai.ope.responses.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.openai.core.JsonValue;
import com.openai.models.responses.FunctionTool;
import java.util.List;
import java.util.Map;

/** The function tool of the tool-call scenarios, and the check that arguments fit it. */
final class WeatherTool {

  static final String NAME = "get_weather";
  private static final List<String> UNITS = List.of("celsius", "fahrenheit");

  private WeatherTool() {}

  /** {@code get_weather(city: string, unit: "celsius" | "fahrenheit")}, strict. */
  static FunctionTool tool() {
    return FunctionTool.builder().name(NAME).description("The current weather in a city.")
        .parameters(FunctionTool.Parameters.builder()
            .putAdditionalProperty("type", JsonValue.from("object"))
            .putAdditionalProperty("properties", JsonValue.from(Map.of(
                "city", Map.of("type", "string"),
                "unit", Map.of("type", "string", "enum", UNITS))))
            .putAdditionalProperty("required", JsonValue.from(List.of("city", "unit")))
            .putAdditionalProperty("additionalProperties", JsonValue.from(false))
            .build())
        .strict(true).build();
  }

  /** Asserts the arguments are a JSON object valid against {@link #tool()}'s parameters. */
  static void assertFitsTheParameters(String arguments) throws JsonProcessingException {
    assertThat(arguments).as("arguments").isNotNull();
    JsonNode parsed = JsonMapper.builder().build().readTree(arguments);

    assertThat(parsed.isObject()).as("arguments %s are a JSON object", arguments).isTrue();
    assertThat(parsed.fieldNames()).toIterable().as("members of %s", arguments)
        .containsExactlyInAnyOrder("city", "unit");
    assertThat(parsed.get("city").isTextual()).as("city of %s is a string", arguments).isTrue();
    assertThat(parsed.get("unit").asText()).as("unit of %s", arguments).isIn(UNITS);
  }
}
