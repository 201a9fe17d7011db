package ai.ope.responses.client;

import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.Response;

/** Watches a tool loop, step by step: each response, each function run. */
public interface ToolLoopListener {

  /**
   * A turn's response arrived.
   *
   * @param turn the turn, from 1
   * @param response the response
   */
  default void onResponse(int turn, Response response) {}

  /**
   * A function the model called has run.
   *
   * @param outcome the call, what was sent back, and whether the handler failed
   */
  default void onCall(ToolCallOutcome outcome) {}
}
