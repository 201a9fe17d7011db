package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJsonException;
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

  /** How much of the model's text a message shows. */
  private static final int SHOWN = 200;

  /**
   * The message for text that does not bind: the binding problem in plain words and the start of
   * what the model wrote, so that a log line shows whether the model drifted from the schema or
   * answered in prose.
   */
  static String notBound(Class<?> type, String text, ResponsesJsonException problem) {
    String prefix = "cannot bind the JSON to " + type.getSimpleName() + ": ";
    String said = problem.getMessage().startsWith(prefix)
        ? problem.getMessage().substring(prefix.length()) : problem.getMessage();
    String shown = text.isEmpty() ? "nothing" : text.length() <= SHOWN ? text
        : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
    return "the answer is not a " + type.getSimpleName() + ": " + said + ". The model wrote: "
        + shown.replaceAll("\\s+", " ");
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
