package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import java.util.List;

/**
 * What a tool loop did: the final response and every step on the way.
 *
 * @param response the final response, which calls no function
 * @param responses every turn's response, in order (the last is {@code response})
 * @param calls every function call run, in order
 */
public record ToolRun(Response response, List<Response> responses, List<ToolCallOutcome> calls) {

  /**
   * Copies the lists.
   *
   * @param response the final response, which calls no function
   * @param responses every turn's response, in order
   * @param calls every function call run, in order
   */
  public ToolRun {
    responses = List.copyOf(responses);
    calls = List.copyOf(calls);
  }

  /**
   * The final answer's text.
   *
   * @return {@link Response#outputText()} of the final response
   */
  public String outputText() {
    return response.outputText();
  }
}
