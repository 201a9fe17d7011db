package ai.ope.responses.samples;

// SocketAgent: an agent's tool loop over the API's WebSocket mode. The loop runs on one socket
// (each turn sends only the new tool results and previous_response_id), then a follow-up question
// goes on a connection warmed up beforehand. Offline, the embedded fake server answers on the
// same socket path; live, the platform does.

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.client.ResponsesConnection;
import ai.ope.responses.client.ToolBox;
import ai.ope.responses.client.ToolCallOutcome;
import ai.ope.responses.client.ToolLoopOptions;
import ai.ope.responses.client.ToolRun;
import ai.ope.responses.testkit.Reply;
import java.io.PrintStream;

/** A tool loop, then a follow-up, over WebSocket connections. */
public final class SocketAgent {

  private static final String INSTRUCTIONS = "You plan trips. Check the weather of every city"
      + " the traveller names before you advise.";

  private SocketAgent() {}

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
    backend.script(Reply.functionCall("get_weather", "{\"city\":\"Oslo\"}"));
    backend.script(Reply.text("Paris is sunny and Oslo snowy: pack a coat for Oslo only."));
    backend.script(Reply.text("Take boots with a good grip for the snow in Oslo."));

    ToolBox tools = ToolBox.empty().with(FunctionCalling.WEATHER, FunctionCalling::getWeather);
    ToolRun trip = backend.client().runTools(CreateResponseRequest.builder()
        .model(Backend.MODEL)
        .instructions(INSTRUCTIONS)
        .input("I go to Paris, then Oslo. What should I pack?")
        .build(), tools, ToolLoopOptions.defaults().overWebSocket(true));
    for (ToolCallOutcome call : trip.calls()) {
      out.println("-> " + call.call().name() + call.call().arguments() + " = " + call.output());
    }
    out.println(trip.outputText());

    try (ResponsesConnection connection = backend.client().connect()) {
      CreateResponseRequest followUp = CreateResponseRequest.builder()
          .model(Backend.MODEL)
          .instructions(INSTRUCTIONS)
          .previousResponseId(trip.response().id())
          .build();
      // generate: false readies the conversation on this socket before the traveller asks
      Response warm = connection.warmUp(followUp);
      Response answer = connection.send(followUp.toBuilder()
          .previousResponseId(warm.id())
          .input("And which shoes?")
          .build()).finalResponse();
      out.println(answer.outputText());
    }
  }
}
