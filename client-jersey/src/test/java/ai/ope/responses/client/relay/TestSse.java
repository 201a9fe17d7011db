package ai.ope.responses.client.relay;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import org.glassfish.jersey.media.sse.OutboundEvent;

/** The container's event factory without a container: Jersey's event builder, nothing else. */
final class TestSse implements Sse {

  @Override
  public OutboundSseEvent.Builder newEventBuilder() {
    return new OutboundEvent.Builder();
  }

  @Override
  public SseBroadcaster newBroadcaster() {
    throw new UnsupportedOperationException("the relay needs no broadcaster");
  }
}
