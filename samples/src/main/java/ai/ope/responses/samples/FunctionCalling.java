package ai.ope.responses.samples;

// FunctionCalling: the model may call a function of yours. The loop sends the question with a
// tool, runs each function call the model asks for (a local weather lookup here), sends the
// results back, and repeats until the model answers in text.

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.FunctionTool;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.Tool;
import ai.ope.responses.testkit.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tool-calling loop. */
public final class FunctionCalling {

  static final FunctionTool WEATHER = Tool.function("get_weather",
      "The current weather of a city.",
      "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
          + "\"required\":[\"city\"],\"additionalProperties\":false}");

  private static final Map<String, String> CONDITIONS =
      Map.of("paris", "sunny, 21 °C", "oslo", "snow, -3 °C", "lima", "overcast, 18 °C");

  private FunctionCalling() {}

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

  static void run(Backend backend, PrintStream out) {
    backend.script(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"));
    backend.script(Reply.text("It is sunny and 21 °C in Paris: a fine day for a walk."));

    Response response = backend.client().create(CreateResponseRequest.builder()
        .model(Backend.MODEL)
        .input("Should I take an umbrella in Paris today?")
        .tools(WEATHER)
        .build());
    while (!response.functionCalls().isEmpty()) {
      List<InputItem> results = new ArrayList<>();
      for (FunctionCall call : response.functionCalls()) {
        String result = getWeather(call.arguments());
        out.println("-> " + call.name() + call.arguments() + " = " + result);
        results.add(InputItem.functionCallOutput(call.callId(), result));
      }
      response = backend.client().create(CreateResponseRequest.builder()
          .model(Backend.MODEL)
          .previousResponseId(response.id())
          .input(results)
          .tools(WEATHER)
          .build());
    }

    out.println(response.outputText());
  }

  /** The local function the model calls: its arguments are JSON, as the schema says. */
  static String getWeather(String argumentsJson) {
    JsonObject arguments = Json.createReader(new StringReader(argumentsJson)).readObject();
    String city = arguments.getString("city", "");
    String conditions = CONDITIONS.getOrDefault(city.toLowerCase(java.util.Locale.ROOT),
        "unknown");
    return Json.createObjectBuilder().add("city", city).add("conditions", conditions).build()
        .toString();
  }
}
