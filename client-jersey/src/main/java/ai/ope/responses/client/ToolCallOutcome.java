package ai.ope.responses.client;

import ai.ope.responses.api.FunctionCall;

/**
 * One function call of a tool loop and what came of it.
 *
 * @param call the call the model made
 * @param output what was sent back as the {@code function_call_output}
 * @param failure the handler's exception, or null when it succeeded
 */
public record ToolCallOutcome(FunctionCall call, String output, Throwable failure) {

  /**
   * Whether the handler failed (its error was sent to the model as the output).
   *
   * @return true when it threw
   */
  public boolean failed() {
    return failure != null;
  }
}
