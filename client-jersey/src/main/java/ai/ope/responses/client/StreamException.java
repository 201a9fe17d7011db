package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import java.util.Optional;

/**
 * An event stream ended other than with a response: the server reported an error or a failed
 * response, the connection dropped, or an event could not be read. Whatever arrived is kept:
 * {@link #partialResponse()} is the response rebuilt from the events before the failure, and
 * {@link #lastSequenceNumber()} says where a resumed stream would continue.
 */
public abstract class StreamException extends ResponsesException {

  private static final long serialVersionUID = 1L;

  private final transient Response partialResponse;
  /** The sequence number of the last event read, or null. */
  private final Integer lastSequenceNumber;
  /** The {@code x-request-id} of the stream's answer, or null. */
  private final String requestId;

  /**
   * Creates the exception.
   *
   * @param message what happened
   * @param partialResponse the response as far as the stream went
   * @param lastSequenceNumber the sequence number of the last event read, or null
   * @param requestId the {@code x-request-id} of the stream's answer, or null
   * @param cause the underlying failure, or null
   */
  protected StreamException(String message, Response partialResponse, Integer lastSequenceNumber,
      String requestId, Throwable cause) {
    super(message, cause);
    this.partialResponse = partialResponse;
    this.lastSequenceNumber = lastSequenceNumber;
    this.requestId = requestId;
  }

  /**
   * The response as far as the stream went: the last snapshot the server sent, with the output
   * items, text and arguments received since.
   *
   * @return the partial response (empty output when nothing arrived)
   */
  public Response partialResponse() {
    return partialResponse;
  }

  /**
   * The sequence number of the last event read, to resume after it with
   * {@link ResponsesClient#resumeStream(String, int)}.
   *
   * @return the number; empty when no numbered event arrived
   */
  public Optional<Integer> lastSequenceNumber() {
    return Optional.ofNullable(lastSequenceNumber);
  }

  /**
   * The server's id for the request, to quote to its operators.
   *
   * @return the {@code x-request-id} header, if sent
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
