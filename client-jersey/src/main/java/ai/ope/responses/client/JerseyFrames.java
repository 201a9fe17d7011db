package ai.ope.responses.client;

import ai.ope.responses.api.stream.ServerSentEvent;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.media.sse.EventInput;
import org.glassfish.jersey.media.sse.InboundEvent;

/** Event frames read by Jersey's {@code EventInput}, for {@link SseParser#JERSEY}. */
final class JerseyFrames implements RecordFrames.Source {

  private final EventInput input;

  private JerseyFrames(EventInput input) {
    this.input = input;
  }

  static EventFrames of(Response answer) {
    return new RecordFrames(new JerseyFrames(answer.readEntity(EventInput.class)));
  }

  @Override
  public ServerSentEvent next() {
    // EventInput reports a dropped connection as the end: the session then sees no terminal
    // event and says the stream was interrupted.
    for (InboundEvent event = input.read(); event != null; event = input.read()) {
      if (!event.isEmpty()) {
        return new ServerSentEvent(event.getName(), event.readData(String.class), event.getId());
      }
    }
    return null;
  }

  @Override
  public void close() {
    input.close();
  }
}
