package ai.ope.responses.client;

import ai.ope.responses.api.Response;

/**
 * A tool loop stopped before the model answered: it still called functions after the last turn
 * allowed, or a handler failed and the options said to stop.
 */
public final class ToolLoopException extends ResponsesException {

  private static final long serialVersionUID = 1L;

  private final transient Response lastResponse;

  ToolLoopException(String message, Response lastResponse, Throwable cause) {
    super(message, cause);
    this.lastResponse = lastResponse;
  }

  /**
   * The last response received.
   *
   * @return the response
   */
  public Response lastResponse() {
    return lastResponse;
  }
}
