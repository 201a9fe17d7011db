package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests built with the builders are exactly the JSON the API documents. */
class CreateResponseRequestTest {

  @Test
  void buildsTheQuickstartRequestByteForByte() throws IOException {
    CreateResponseRequest request = CreateResponseRequest.builder()
        .model("gpt-5.4-mini")
        .input("Introduce OPEAI Platform in one sentence.")
        .build();

    assertThat(ResponsesJson.toJson(request)).isEqualTo(resource("quickstart.json"));
  }

  @Test
  void buildsAStreamingToolTurnByteForByte() throws IOException {
    String weatherSchema = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
        + "\"required\":[\"city\"],\"additionalProperties\":false}";
    FunctionTool weather = Tool.function("get_weather", "Current weather in a city", weatherSchema);
    CreateResponseRequest request = CreateResponseRequest.builder()
        .model("gpt-5.4-mini")
        .input(
            InputItem.user("What is the weather in Paris?"),
            new FunctionCall(null, "call_1", null, "get_weather", "{\"city\":\"Paris\"}",
                null, null, null),
            InputItem.functionCallOutput("call_1", "{\"celsius\":21}"))
        .instructions("Answer briefly.")
        .tools(new FunctionTool(weather.name(), weather.description(), weather.parameters(),
            true, null, null, null))
        .toolChoice(ToolChoice.AUTO)
        .maxOutputTokens(256)
        .temperature(0.2)
        .reasoning(Reasoning.effort(ReasoningEffort.LOW))
        .previousResponseId("resp_123")
        .store(true)
        .stream(true)
        .include(Includable.REASONING_ENCRYPTED_CONTENT)
        .metadata("session", "42")
        .build();

    assertThat(ResponsesJson.toJson(request)).isEqualTo(resource("streaming-tool-turn.json"));
    assertThat(ResponsesJson.fromJson(resource("streaming-tool-turn.json"),
        CreateResponseRequest.class)).isEqualTo(request);
  }

  @Test
  void buildsEveryDocumentedCreateExample() throws IOException {
    Path examples = SharedFixtures.require("spec/examples");
    Map<String, CreateResponseRequest> built = Map.of(
        "create-text-input", CreateResponseRequest.builder().model("gpt-5.4")
            .input("Tell me a three sentence bedtime story about a unicorn.").build(),
        "create-streaming", CreateResponseRequest.builder().model("gpt-5.4")
            .instructions("You are a helpful assistant.").input("Hello!").stream(true).build(),
        "create-reasoning", CreateResponseRequest.builder().model("o3-mini")
            .input("How much wood would a woodchuck chuck?")
            .reasoning(Reasoning.effort(ReasoningEffort.HIGH)).build(),
        "create-web-search", CreateResponseRequest.builder().model("gpt-5.4")
            .tools(new WebSearchPreviewTool("web_search_preview", null, null, null))
            .input("What was a positive news story from today?").build(),
        "create-file-search", CreateResponseRequest.builder().model("gpt-5.4")
            .tools(new FileSearchTool(List.of("vs_1234567890"), 20, null, null))
            .input("What are the attributes of an ancient brown dragon?").build(),
        "create-image-input", CreateResponseRequest.builder().model("gpt-5.4")
            .input(Message.of(Role.USER, ContentPart.text("what is in this image?"),
                new InputImage("https://upload.wikimedia.org/wikipedia/commons/thumb/d/dd/"
                    + "Gfp-wisconsin-madison-the-nature-boardwalk.jpg/2560px-Gfp-wisconsin-"
                    + "madison-the-nature-boardwalk.jpg", null, null, null)))
            .build(),
        "create-file-input", CreateResponseRequest.builder().model("gpt-5.4")
            .input(Message.of(Role.USER, ContentPart.text("what is in this file?"),
                new InputFile(null, null, null,
                    "https://www.berkshirehathaway.com/letters/2024ltr.pdf", "auto", null)))
            .build(),
        "create-functions", CreateResponseRequest.builder().model("gpt-5.4")
            .input("What is the weather like in Boston today?")
            .tools(Tool.function("get_current_weather",
                "Get the current weather in a given location",
                "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\","
                    + "\"description\":\"The city and state, e.g. San Francisco, CA\"},"
                    + "\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]}},"
                    + "\"required\":[\"location\",\"unit\"]}"))
            .toolChoice("auto").build());

    for (Map.Entry<String, CreateResponseRequest> example : built.entrySet()) {
      String documented = CorpusRoundTripTest.read(
          examples.resolve(example.getKey() + ".request.json"));
      assertThat(JsonEquality.difference(CorpusRoundTripTest.parse(documented),
          CorpusRoundTripTest.parse(ResponsesJson.toJson(example.getValue()))))
          .as(example.getKey()).isNull();
    }
  }

  @Test
  void unsetMembersAreAbsentSoTheServerAppliesItsDefaults() {
    CreateResponseRequest request = CreateResponseRequest.builder().model("m").build();

    assertThat(ResponsesJson.toJson(request)).isEqualTo("{\"model\":\"m\"}");
  }

  @Test
  void toBuilderDerivesAChangedCopyAndKeepsExtraMembers() {
    CreateResponseRequest original = CreateResponseRequest.builder()
        .model("m").input("hi").extra("vendor_option", Json.createValue(7)).build();

    CreateResponseRequest next = original.toBuilder().previousResponseId("resp_1").build();

    assertThat(ResponsesJson.toJson(next)).isEqualTo(
        "{\"model\":\"m\",\"input\":\"hi\",\"previous_response_id\":\"resp_1\","
            + "\"vendor_option\":7}");
    assertThat(original.previousResponseId()).isNull();
  }

  @Test
  void metadataEntriesAccumulateInOrder() {
    CreateResponseRequest request = CreateResponseRequest.builder()
        .metadata("b", "2").metadata("a", "1").build();

    assertThat(request.metadata()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
    assertThat(ResponsesJson.toJson(request)).isEqualTo("{\"metadata\":{\"b\":\"2\",\"a\":\"1\"}}");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        CreateResponseRequestTest.class.getResourceAsStream("/requests/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
