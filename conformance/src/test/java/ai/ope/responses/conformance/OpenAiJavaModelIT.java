package ai.ope.responses.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseStatus;
import com.openai.models.responses.StructuredResponse;
import com.openai.models.responses.ToolChoiceFunction;
import com.openai.models.responses.ToolChoiceOptions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * openai-java's typed helpers against the built-in model, nothing scripted: a class as the
 * structured-output format parses into an instance; a forced function tool gets a call whose
 * arguments fit its parameters, and its output sent back gets a text answer.
 */
class OpenAiJavaModelIT {

  @RegisterExtension
  static final StandaloneServer SERVER = new StandaloneServer();

  private static OpenAIClient client;

  @BeforeAll
  static void connect() {
    client = OpenAiJava.client(SERVER);
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Test
  void aClassAsTheTextFormatParsesIntoAnInstance() {
    StructuredResponse<Forecast> response = client.responses().create(
        ResponseCreateParams.builder().model(OpenAiJava.MODEL)
            .input("The forecast for Paris, please.").text(Forecast.class).build());

    List<Forecast> forecasts = response.output().stream()
        .flatMap(item -> item.message().stream())
        .flatMap(message -> message.content().stream())
        .flatMap(content -> content.outputText().stream())
        .toList();

    assertThat(forecasts).singleElement().satisfies(forecast -> {
      assertThat(forecast.city).isNotNull();
      assertThat(forecast.sky).isNotNull();
      assertThat(forecast.hourly).isNotNull();
      assertThat(forecast.place).isNotNull();
      assertThat(forecast.place.country).isNotNull();
    });
  }

  @Test
  void aRequiredToolGetsACallAndItsOutputGetsATextAnswer() throws Exception {
    Response called = client.responses().create(ResponseCreateParams.builder()
        .model(OpenAiJava.MODEL).input("What is the weather in Paris?")
        .addTool(WeatherTool.tool()).toolChoice(ToolChoiceOptions.REQUIRED).build());
    ResponseFunctionToolCall call = theCall(called);

    Response answered = client.responses().create(ResponseCreateParams.builder()
        .model(OpenAiJava.MODEL).previousResponseId(called.id()).addTool(WeatherTool.tool())
        .inputOfResponse(List.of(ResponseInputItem.ofFunctionCallOutput(
            ResponseInputItem.FunctionCallOutput.builder().callId(call.callId())
                .output("{\"celsius\":21,\"sky\":\"clear\"}").build())))
        .build());

    assertThat(answered.status()).contains(ResponseStatus.COMPLETED);
    assertThat(OpenAiJava.callsAFunction(answered)).as("calls a function again").isFalse();
    assertThat(OpenAiJava.text(answered)).isNotBlank();
  }

  @Test
  void aNamedFunctionAsToolChoiceGetsACallOfThatFunction() throws Exception {
    Response called = client.responses().create(ResponseCreateParams.builder()
        .model(OpenAiJava.MODEL).input("Anything new?").addTool(WeatherTool.tool())
        .toolChoice(ToolChoiceFunction.builder().name(WeatherTool.NAME).build()).build());

    theCall(called);
  }

  /** The response's one call of the weather tool, its arguments checked against the tool. */
  private static ResponseFunctionToolCall theCall(Response response) throws Exception {
    List<ResponseFunctionToolCall> calls = response.output().stream()
        .flatMap(item -> item.functionCall().stream()).toList();
    assertThat(calls).as("function calls in an answer with %d message(s): %s",
        OpenAiJava.messages(response), OpenAiJava.text(response)).hasSize(1);
    ResponseFunctionToolCall call = calls.get(0);
    assertThat(call.name()).isEqualTo(WeatherTool.NAME);
    assertThat(call.callId()).startsWith("call_");
    WeatherTool.assertFitsTheParameters(call.arguments());
    return call;
  }
}
