package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ErrorEvent;
import java.util.Optional;

/**
 * The server ended the stream with an {@code error} event. The events before it were delivered.
 */
public final class StreamErrorException extends StreamException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorEvent event;

  StreamErrorException(String message, ErrorEvent event, Response partialResponse,
      Integer lastSequenceNumber, String requestId) {
    super(message, partialResponse, lastSequenceNumber, requestId, null);
    this.event = event;
  }

  /**
   * The error event as sent.
   *
   * @return the event
   */
  public ErrorEvent event() {
    return event;
  }

  /**
   * The machine-readable code of the error, wherever the server put it.
   *
   * @return the code, if sent
   */
  public Optional<String> code() {
    return Optional.ofNullable(event.errorCode());
  }
}
