package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponseError;
import java.util.Optional;

/**
 * The stream ended with {@code response.failed}: the model could not produce the response. The
 * events before it were delivered; {@link #response()} is the failed response as the server sent
 * it, with its {@linkplain Response#error() error}.
 */
public final class ResponseFailedException extends StreamException {

  private static final long serialVersionUID = 1L;

  private final transient Response response;

  ResponseFailedException(String message, Response response, Response partialResponse,
      Integer lastSequenceNumber, String requestId) {
    super(message, partialResponse, lastSequenceNumber, requestId, null);
    this.response = response;
  }

  /**
   * The failed response of the terminal event.
   *
   * @return the response
   */
  public Response response() {
    return response;
  }

  /**
   * The reason the response failed.
   *
   * @return the error, if the server gave one
   */
  public Optional<ResponseError> error() {
    return Optional.ofNullable(response == null ? null : response.error());
  }
}
