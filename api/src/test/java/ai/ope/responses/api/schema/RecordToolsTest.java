package ai.ope.responses.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.FunctionCallOutput;
import ai.ope.responses.api.FunctionTool;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.TextConfig;
import ai.ope.responses.api.TextFormat;
import ai.ope.responses.api.Tool;
import org.junit.jupiter.api.Test;

/** Function tools and structured outputs made from records, and their arguments bound back. */
class RecordToolsTest {

  @Description("Current weather in a city")
  public record GetWeather(@Description("City name") String city, Unit unit) {}

  public enum Unit { CELSIUS, FAHRENHEIT }

  public record Forecast(String city, double temperature, Unit unit) {}

  @Test
  void aRecordMakesAStrictFunctionTool() {
    FunctionTool tool = Tool.function(GetWeather.class);

    assertThat(tool.name()).isEqualTo("get_weather");
    assertThat(tool.description()).isEqualTo("Current weather in a city");
    assertThat(tool.strict()).isTrue();
    assertThat(tool.parameters()).isEqualTo(JsonSchemas.of(GetWeather.class));
    assertThat(ResponsesJson.toJson(tool)).startsWith("{\"type\":\"function\",\"name\":"
        + "\"get_weather\",\"description\":\"Current weather in a city\",\"parameters\":{");
  }

  @Test
  void aCallsArgumentsBindToTheRecordAndAResultIsSentAsJson() {
    FunctionCall call = new FunctionCall("fc_1", "call_1", null, "get_weather",
        "{\"city\":\"Paris\",\"unit\":\"CELSIUS\"}", "completed", null, null, null);

    GetWeather arguments = call.arguments(GetWeather.class);
    FunctionCallOutput output =
        InputItem.functionResult(call, new Forecast("Paris", 21.5, Unit.CELSIUS));

    assertThat(arguments).isEqualTo(new GetWeather("Paris", Unit.CELSIUS));
    assertThat(output.callId()).isEqualTo("call_1");
    assertThat(ResponsesJson.toJson(output)).contains(
        "\"output\":\"{\\\"city\\\":\\\"Paris\\\",\\\"temperature\\\":21.5,\\\"unit\\\":"
            + "\\\"CELSIUS\\\"}\"");
    assertThat(ResponsesJson.toJson(InputItem.functionResult(call, "plain text")))
        .contains("\"output\":\"plain text\"");
  }

  @Test
  void argumentsThatDoNotBindAreAClearError() {
    FunctionCall call = new FunctionCall("fc_1", "call_1", null, "get_weather",
        "{\"city\":\"Paris\",\"unit\":\"KELVIN\"}", "completed", null, null, null);

    assertThatThrownBy(() -> call.arguments(GetWeather.class))
        .isInstanceOf(ResponsesJsonException.class)
        .hasMessageContaining("cannot bind the JSON to GetWeather");
  }

  @Test
  void valuesOfTheWrongKindAreNamedInPlainWords() {
    assertThatThrownBy(() -> StructuredJson.read("{\"city\":\"Paris\",\"temperature\":"
        + "\"warm\",\"unit\":\"CELSIUS\"}", Forecast.class))
        .isInstanceOf(ResponsesJsonException.class)
        .hasMessage("cannot bind the JSON to Forecast: expected a number, found the string"
            + " \"warm\" at /temperature")
        .satisfies(e -> assertThat(((ResponsesJsonException) e).pointer()).contains("/temperature"));
    assertThatThrownBy(() -> StructuredJson.read("{\"city\":\"Paris\",\"temperature\":1,"
        + "\"unit\":\"KELVIN\"}", Forecast.class))
        .hasMessage("cannot bind the JSON to Forecast: expected one of CELSIUS, FAHRENHEIT,"
            + " found the string \"KELVIN\" at /unit");
    assertThatThrownBy(() -> StructuredJson.read("{\"city\":\"Paris\",\"temperature\":1,"
        + "\"unit\":\"CELSIUS\",\"humidity\":80}", Forecast.class))
        .hasMessage("cannot bind the JSON to Forecast: Forecast has no property humidity (it"
            + " has city, temperature, unit) at /humidity");
    assertThatThrownBy(() -> StructuredJson.read("The forecast is sunny.", Forecast.class))
        .hasMessageStartingWith("cannot bind the JSON to Forecast: the text is not JSON (offset");
  }

  @Test
  void jsonWithMissingOrUnknownPropertiesIsNotTheRecord() {
    assertThatThrownBy(() -> StructuredJson.read("{\"city\":\"Paris\"}", Forecast.class))
        .isInstanceOf(ResponsesJsonException.class).hasMessageContaining("missing")
        .hasMessageContaining("/temperature");
    assertThatThrownBy(() -> StructuredJson.read("{\"city\":\"Paris\",\"temperature\":1,"
        + "\"unit\":\"CELSIUS\",\"humidity\":80}", Forecast.class))
        .isInstanceOf(ResponsesJsonException.class).hasMessageContaining("Forecast");
  }

  @Test
  void aRequestAsksForARecordAndKeepsItsOtherTextSettings() {
    CreateResponseRequest request = CreateResponseRequest.builder().model("m").input("Weather?")
        .text(new TextConfig(null, "low")).build();

    CreateResponseRequest typed = request.withOutputType(Forecast.class);

    TextFormat.JsonSchema format = (TextFormat.JsonSchema) typed.text().format();
    assertThat(format.name()).isEqualTo("forecast");
    assertThat(format.strict()).isTrue();
    assertThat(format.schema()).isEqualTo(JsonSchemas.of(Forecast.class));
    assertThat(typed.text().verbosity()).isEqualTo("low");
    assertThat(typed.input()).isEqualTo(request.input());
  }
}
