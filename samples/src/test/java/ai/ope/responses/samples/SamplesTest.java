package ai.ope.responses.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCallOutput;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.RecordedRequest;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every sample runs to completion against the embedded fake server and prints what it should. */
class SamplesTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
  private final Backend backend = Backend.offline(out, Duration.ZERO);

  @AfterEach
  void close() {
    backend.close();
  }

  @Test
  void quickstartPrintsTheAnswer() throws Exception {
    Quickstart.run(backend, out);

    assertThat(lines()).startsWith("[offline]")
        .endsWith("OPEAI Platform gives your applications one API to many models.\n");
    assertThat(sent().bodyAs(CreateResponseRequest.class).input().items().get(0))
        .extracting(item -> ((Message) item).text())
        .isEqualTo("Introduce OPEAI Platform in one sentence.");
  }

  @Test
  void streamingChatPrintsDeltasInOrderAndChainsTurns() throws Exception {
    StreamingChat chat = new StreamingChat(backend, out);

    chat.converse(new BufferedReader(new StringReader("Hello there\nAnd again?\nexit\n")));

    String first = StreamingChat.offlineAnswer("Hello there");
    String second = StreamingChat.offlineAnswer("And again?");
    assertThat(lines()).contains("you> assistant> " + first + "\n")
        .contains("you> assistant> " + second + "\n");
    RecordedRequest turnOne = sent();
    RecordedRequest turnTwo = sent();
    assertThat(turnOne.bodyAs(CreateResponseRequest.class).stream()).isTrue();
    assertThat(turnOne.bodyAs(CreateResponseRequest.class).previousResponseId()).isNull();
    String previous = turnTwo.bodyAs(CreateResponseRequest.class).previousResponseId();
    assertThat(backend.server().storedResponse(previous)).as("turn two chains to turn one")
        .hasValueSatisfying(stored -> assertThat(stored.outputText()).isEqualTo(first));
  }

  @Test
  void streamingChatAnswersOnePromptAndStops() {
    Response response = new StreamingChat(backend, out).turn("One question");

    assertThat(response.outputText()).isEqualTo(StreamingChat.offlineAnswer("One question"));
    assertThat(lines()).endsWith("assistant> " + response.outputText() + "\n");
    assertThat(backend.server().requestCount()).isEqualTo(1);
  }

  @Test
  void functionCallingRunsTheFunctionAndPrintsTheFinalAnswer() throws Exception {
    FunctionCalling.run(backend, out);

    assertThat(lines()).contains("-> get_weather{\"city\":\"Paris\"} = "
        + "{\"city\":\"Paris\",\"conditions\":\"sunny, 21 °C\"}\n")
        .endsWith("It is sunny and 21 °C in Paris: a fine day for a walk.\n");
    sent();
    CreateResponseRequest second = sent().bodyAs(CreateResponseRequest.class);
    assertThat(second.previousResponseId()).startsWith("resp_");
    assertThat(second.input().items()).singleElement().isInstanceOfSatisfying(
        FunctionCallOutput.class, output -> assertThat(output.output().toString())
            .contains("sunny, 21 °C"));
  }

  @Test
  void socketAgentRunsItsToolLoopAndFollowUpOverWebSockets() throws Exception {
    SocketAgent.run(backend, out);

    assertThat(lines()).contains("-> get_weather{\"city\":\"Paris\"} = "
        + "{\"city\":\"Paris\",\"conditions\":\"sunny, 21 °C\"}\n",
        "-> get_weather{\"city\":\"Oslo\"} = "
        + "{\"city\":\"Oslo\",\"conditions\":\"snow, -3 °C\"}\n",
        "Paris is sunny and Oslo snowy: pack a coat for Oslo only.\n")
        .endsWith("Take boots with a good grip for the snow in Oslo.\n");
    RecordedRequest first = sent();
    RecordedRequest second = sent();
    RecordedRequest third = sent();
    RecordedRequest warmUp = sent();
    RecordedRequest followUp = sent();
    assertThat(List.of(first, second, third, warmUp, followUp))
        .allSatisfy(request -> assertThat(request.overWebSocket()).isTrue());
    assertThat(second.bodyAs(CreateResponseRequest.class).input().items()).singleElement()
        .isInstanceOf(FunctionCallOutput.class);
    assertThat(warmUp.warmUp()).isTrue();
    String warmId = followUp.bodyAs(CreateResponseRequest.class).previousResponseId();
    assertThat(backend.server().storedResponse(warmId)).as("the follow-up chains to the warm-up")
        .isPresent();
  }

  @Test
  void structuredOutputBindsTheAnswerToARecord() throws Exception {
    StructuredOutput.CityFacts facts = StructuredOutput.run(backend, out);

    assertThat(facts).isEqualTo(new StructuredOutput.CityFacts("Lyon", "France", 522250));
    assertThat(lines()).endsWith(facts + "\n");
    assertThat(sent().bodyAsString()).contains("\"format\":{\"type\":\"json_schema\"")
        .contains("\"strict\":true");
  }

  @Test
  void cdiAppInjectsTheClientIntoItsBean() throws Exception {
    CdiApp.run(backend, out);

    assertThat(lines()).endsWith("Walk along the Seine at dusk.\n");
    assertThat(sent().header("Authorization")).hasValue("Bearer sk-offline-sample");
    assertThat(System.getProperty("opeai.responses.base-url")).isNull();
  }

  private RecordedRequest sent() throws InterruptedException {
    return backend.server().takeRequest(Duration.ofSeconds(5));
  }

  private String lines() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
