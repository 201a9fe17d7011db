package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.FunctionCallOutput;
import ai.ope.responses.api.FunctionTool;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.schema.Description;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tool loop against scripted turns of the fake server. */
class ToolLoopTest {

  @Description("Current weather in a city")
  public record GetWeather(String city) {}

  @Description("Local time in a city")
  public record GetTime(String city) {}

  public record Weather(String city, String conditions) {}

  private final FakeServerFixture fixture = new FakeServerFixture();
  private final ToolBox tools = ToolBox.empty()
      .with(GetWeather.class, call -> new Weather(call.city(), "sunny"))
      .with(GetTime.class, call -> "10:00 in " + call.city());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void oneCallIsRunAndItsResultSentBackUntilTheModelAnswers() throws Exception {
    fixture.server.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"));
    fixture.server.enqueue(Reply.text("Sunny in Paris."));
    List<String> seen = new CopyOnWriteArrayList<>();

    ToolRun run = fixture.client.runTools(Frames.request("Weather in Paris?"), tools,
        ToolLoopOptions.defaults().listener(new ToolLoopListener() {
          @Override
          public void onResponse(int turn, ai.ope.responses.api.Response response) {
            seen.add("turn " + turn);
          }

          @Override
          public void onCall(ToolCallOutcome outcome) {
            seen.add(outcome.call().name() + " -> " + outcome.output());
          }
        }));

    assertThat(run.outputText()).isEqualTo("Sunny in Paris.");
    assertThat(run.responses()).hasSize(2);
    assertThat(seen).containsExactly("turn 1",
        "get_weather -> {\"city\":\"Paris\",\"conditions\":\"sunny\"}", "turn 2");
    CreateResponseRequest first = fixture.server.takeRequest().bodyAs(CreateResponseRequest.class);
    CreateResponseRequest second =
        fixture.server.takeRequest().bodyAs(CreateResponseRequest.class);
    assertThat(first.tools()).extracting(tool -> ((FunctionTool) tool).name())
        .containsExactly("get_weather", "get_time");
    assertThat(second.previousResponseId()).isEqualTo(run.responses().get(0).id());
    assertThat(second.input().items()).singleElement().isInstanceOfSatisfying(
        FunctionCallOutput.class, output -> assertThat(output.callId())
            .isEqualTo(run.calls().get(0).call().callId()));
  }

  @Test
  void parallelCallsRunAtTheSameTime() throws Exception {
    CountDownLatch both = new CountDownLatch(2);
    ToolBox waiting = ToolBox.empty()
        .with(GetWeather.class, call -> await(both, "weather"))
        .with(GetTime.class, call -> await(both, "time"));
    fixture.server.enqueue(Reply.builder().functionCall("get_weather", "{\"city\":\"Rome\"}")
        .functionCall("get_time", "{\"city\":\"Rome\"}").build());
    fixture.server.enqueue(Reply.text("Both done."));

    ToolRun run = fixture.client.runTools(Frames.request("Rome?"), waiting);

    assertThat(run.calls()).extracting(ToolCallOutcome::output)
        .containsExactly("weather", "time");
    fixture.server.takeRequest();
    assertThat(fixture.server.takeRequest().bodyAs(CreateResponseRequest.class).input().items())
        .hasSize(2);
  }

  @Test
  void aFailingHandlerIsToldToTheModelUnlessTheOptionsSayStop() throws Exception {
    ToolBox failing = ToolBox.empty().with(GetWeather.class, call -> {
      throw new IllegalStateException("weather service down");
    });
    fixture.server.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Oslo\"}"));
    fixture.server.enqueue(Reply.text("I could not get the weather."));
    fixture.server.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Oslo\"}"));

    ToolRun told = fixture.client.runTools(Frames.request("Oslo?"), failing);

    assertThat(told.calls()).singleElement().satisfies(outcome -> {
      assertThat(outcome.failed()).isTrue();
      assertThat(outcome.output()).isEqualTo(
          "{\"error\":\"IllegalStateException: weather service down\"}");
    });
    assertThatThrownBy(() -> fixture.client.runTools(Frames.request("Oslo?"), failing,
        ToolLoopOptions.defaults().stopOnHandlerError(true)))
        .isInstanceOf(ToolLoopException.class).hasMessageContaining("weather service down")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void theLoopStopsAfterTheLastTurnAllowed() {
    for (int i = 0; i < 3; i++) {
      fixture.server.enqueue(Reply.functionCall("get_time", "{\"city\":\"Lima\"}"));
    }

    assertThatThrownBy(() -> fixture.client.runTools(Frames.request("Loop"), tools,
        ToolLoopOptions.defaults().maxTurns(3)))
        .isInstanceOfSatisfying(ToolLoopException.class,
            e -> assertThat(e.lastResponse().functionCalls()).isNotEmpty())
        .hasMessageContaining("still called get_time after 3 turn(s)");
    assertThat(fixture.server.requestCount()).isEqualTo(3);
  }

  @Test
  void withoutStorageEveryTurnResendsTheWholeConversation() throws Exception {
    fixture.server.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Nice\"}"));
    fixture.server.enqueue(Reply.functionCall("nonexistent", "{}"));
    fixture.server.enqueue(Reply.text("Done."));
    CreateResponseRequest request = Frames.request("Nice?").toBuilder().store(false).build();

    ToolRun run = fixture.client.runTools(request, tools);

    assertThat(run.outputText()).isEqualTo("Done.");
    fixture.server.takeRequest();
    RecordedRequest second = fixture.server.takeRequest();
    RecordedRequest third = fixture.server.takeRequest();
    List<InputItem> secondInput = second.bodyAs(CreateResponseRequest.class).input().items();
    List<InputItem> thirdInput = third.bodyAs(CreateResponseRequest.class).input().items();
    assertThat(second.bodyAs(CreateResponseRequest.class).previousResponseId()).isNull();
    assertThat(secondInput).hasSize(3);
    assertThat(secondInput.get(1)).isInstanceOf(FunctionCall.class);
    assertThat(thirdInput).hasSize(5).last().isInstanceOfSatisfying(FunctionCallOutput.class,
        output -> assertThat(output.output().toString()).contains("no function named"));
  }

  private static String await(CountDownLatch both, String result) {
    both.countDown();
    try {
      // each handler waits for the other: they only both finish if they run at the same time
      if (!both.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other call did not run alongside");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return result;
  }
}
