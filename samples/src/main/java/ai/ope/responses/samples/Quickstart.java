package ai.ope.responses.samples;

// Quickstart: one request, one answer. Builds a request, sends it with ResponsesClient and
// prints the text of the response.

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.Reply;
import java.io.PrintStream;

/** One request, one answer. */
public final class Quickstart {

  private Quickstart() {}

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
    backend.script(Reply.text("OPEAI Platform gives your applications one API to many models."));

    Response response = backend.client().create(CreateResponseRequest.builder()
        .model(Backend.MODEL)
        .input("Introduce OPEAI Platform in one sentence.")
        .build());

    out.println(response.outputText());
  }
}
