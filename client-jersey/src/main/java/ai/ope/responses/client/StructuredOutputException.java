package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import java.util.Optional;

/**
 * The model did not give the structured answer asked for: it refused (safety), stopped before
 * finishing ({@code incomplete}), or wrote something that does not bind to the type. The
 * response is kept, and the refusal text when there is one.
 */
public final class StructuredOutputException extends ResponsesException {

  private static final long serialVersionUID = 1L;

  private final transient Response response;
  /** The model's refusal, or null. */
  private final String refusal;

  StructuredOutputException(String message, Response response, String refusal,
      Throwable cause) {
    super(message, cause);
    this.response = response;
    this.refusal = refusal;
  }

  /**
   * The response as the server sent it.
   *
   * @return the response
   */
  public Response response() {
    return response;
  }

  /**
   * What the model said instead of answering, when it refused.
   *
   * @return the refusal, if it refused
   */
  public Optional<String> refusal() {
    return Optional.ofNullable(refusal);
  }
}
