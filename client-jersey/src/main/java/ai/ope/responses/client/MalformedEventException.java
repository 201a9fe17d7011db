package ai.ope.responses.client;

import ai.ope.responses.api.Response;

/**
 * An event of the stream is not JSON, or not an object: the stream cannot be trusted past it and
 * is closed. (An event of a type this library does not know is not malformed: it arrives as an
 * {@code UnknownStreamEvent}.) The message quotes the start of the offending data.
 */
public final class MalformedEventException extends StreamException {

  private static final long serialVersionUID = 1L;

  MalformedEventException(String message, Response partialResponse, Integer lastSequenceNumber,
      String requestId, Throwable cause) {
    super(message, partialResponse, lastSequenceNumber, requestId, cause);
  }
}
