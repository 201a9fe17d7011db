package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponseStatus;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ResponseCompletedEvent;
import ai.ope.responses.api.stream.ResponseFailedEvent;
import ai.ope.responses.api.stream.ResponseIncompleteEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/** Opens the body of a successful streaming call as event frames. */
final class EventStreams {

  private EventStreams() {}

  /**
   * Reads the answer's first frame. An event stream is read as it arrives; a JSON answer (a
   * compatible server that ignores {@code stream: true}) becomes the one terminal event its
   * response implies; anything else, an empty event stream included, is an
   * {@link InvalidResponseException}.
   *
   * @throws ProcessingException when the connection fails before the first frame (retried)
   */
  static OpenedStream open(jakarta.ws.rs.core.Response answer, SseParser parser) {
    String requestId = answer.getHeaderString("x-request-id");
    MediaType type = answer.getMediaType();
    EventFrames frames;
    if (type != null && type.isCompatible(MediaType.SERVER_SENT_EVENTS_TYPE)) {
      frames = parser == SseParser.JERSEY ? JerseyFrames.of(answer)
          : new ReaderFrames(answer.readEntity(InputStream.class));
    } else if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      frames = single(terminalEventOf(Bodies.read(answer, Response.class)));
    } else {
      throw new InvalidResponseException("HTTP " + answer.getStatus() + " answered a stream"
          + " request with " + (type == null ? "no content type" : type)
          + ", not text/event-stream" + (requestId == null ? "" : " [request id " + requestId
          + "]"), answer.getStatus(), requestId, null);
    }
    try {
      boolean first = frames.advance();
      if (!first && parser == SseParser.JERSEY) {
        // Jersey's EventInput ends the same way when the connection drops: retried as one.
        throw new EOFException("the event stream ended before its first event");
      }
      if (!first) {
        // A complete answer without an event (a dropped connection is an IOException): not
        // what the API sends, as an empty JSON body is not, and not retried either.
        frames.close();
        throw new InvalidResponseException("HTTP " + answer.getStatus() + " answered a stream"
            + " request with an empty event stream" + (requestId == null ? ""
            : " [request id " + requestId + "]"), answer.getStatus(), requestId, null);
      }
      return new OpenedStream(frames, requestId, answer.getStatus(),
          ApiErrors.headers(answer));
    } catch (IOException e) {
      frames.close();
      throw new ProcessingException(e.toString(), e);
    }
  }

  private static EventFrames single(ResponseStreamEvent event) {
    Iterator<ServerSentEvent> frames =
        List.of(new ServerSentEvent(event.type(), ResponsesJson.toJson(event), null)).iterator();
    return new RecordFrames(new RecordFrames.Source() {
      @Override
      public ServerSentEvent next() {
        return frames.hasNext() ? frames.next() : null;
      }

      @Override
      public void close() {
        // nothing open: the body was read whole
      }
    });
  }

  private static ResponseStreamEvent terminalEventOf(Response response) {
    String status = response.status() == null ? "" : response.status();
    switch (status) {
      case ResponseStatus.FAILED:
        return new ResponseFailedEvent(null, response);
      case ResponseStatus.INCOMPLETE:
        return new ResponseIncompleteEvent(null, response);
      default:
        return new ResponseCompletedEvent(null, response);
    }
  }
}
