package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.ToolChoice;
import ai.ope.responses.api.schema.Description;
import ai.ope.responses.testkit.FakeResponsesServer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a fake server with nothing scripted: its built-in model answers typed
 * requests with JSON that binds, and tool loops with calls and then a text answer.
 */
class UnscriptedServerTest {

  @Description("Facts about a city")
  public record CityFacts(String city, String country, long population,
      List<String> landmarks, Optional<String> nickname, LocalDate founded) {}

  @Description("Current weather in a city")
  public record GetWeather(@Description("City name") String city) {}

  @Description("Local time in a city")
  public record GetTime(String city) {}

  private final FakeServerFixture fixture = new FakeServerFixture(
      FakeResponsesServer.builder().fallback(FakeResponsesServer.Fallback.MODEL).start(),
      builder -> { });
  private final ToolBox tools = ToolBox.empty()
      .with(GetWeather.class, call -> "sunny in " + call.city())
      .with(GetTime.class, call -> "10:00 in " + call.city());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aTypedRequestComesBackAsTheRecord() {
    TypedResponse<CityFacts> typed =
        fixture.client.create(Frames.request("Facts about Lyon, please"), CityFacts.class);

    CityFacts facts = typed.output();
    assertThat(facts.city()).isEqualTo("Lyon");
    assertThat(facts.landmarks()).isNotEmpty();
    assertThat(facts.founded()).isNotNull();
    assertThat(typed.refusal()).isEmpty();
  }

  @Test
  void aRequiredToolIsCalledAndItsResultAnswered() {
    CreateResponseRequest request = Frames.request("What is it like in Paris?").toBuilder()
        .toolChoice(ToolChoice.REQUIRED).build();

    ToolRun run = fixture.client.runTools(request, tools);

    assertThat(run.calls()).singleElement().satisfies(call -> {
      assertThat(call.call().name()).isEqualTo("get_weather");
      assertThat(call.output()).isEqualTo("sunny in Paris");
    });
    assertThat(run.responses()).hasSize(2);
    assertThat(run.outputText()).isEqualTo("get_weather returned sunny in Paris.");
  }

  @Test
  void theToolsTheMessageNamesAreCalledWithTheAutoRule() {
    ToolRun run = fixture.client.runTools(
        Frames.request("Use get_weather and get_time for Rome"), tools);

    assertThat(run.calls()).extracting(call -> call.call().name() + ": " + call.output())
        .containsExactly("get_weather: sunny in Rome", "get_time: 10:00 in Rome");
    assertThat(run.outputText())
        .isEqualTo("get_weather returned sunny in Rome. get_time returned 10:00 in Rome.");
  }
}
