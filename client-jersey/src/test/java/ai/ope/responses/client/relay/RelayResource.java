package ai.ope.responses.client.relay;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.client.ResponsesClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * What an application writes: a resource relaying the model's answer to the browser, in each of
 * the relay's threading forms. Public because Jersey instantiates and calls it reflectively.
 */
@Path("chat")
public final class RelayResource {

  private final ResponsesClient client;
  private final ExecutorService executor;
  private final BlockingQueue<CompletableFuture<Response>> relays;

  RelayResource(ResponsesClient client, ExecutorService executor,
      BlockingQueue<CompletableFuture<Response>> relays) {
    this.client = client;
    this.executor = executor;
    this.relays = relays;
  }

  /**
   * Relays one answer.
   *
   * @param form {@code publisher}, {@code stream} (on the test's executor), {@code blocking}, or
   *     {@code typed} (every event, from a publisher)
   * @param sink the browser
   * @param sse the event factory
   */
  @GET
  @Path("{form}")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void chat(@PathParam("form") String form, @Context SseEventSink sink,
      @Context Sse sse) {
    CreateResponseRequest request = CreateResponseRequest.builder()
        .model("gpt-5.4-mini").input("Say hello").build();
    CompletableFuture<Response> relay = switch (form) {
      case "publisher" -> SseRelay.textDeltas().relay(client.publisher(request), sink, sse);
      case "stream" -> SseRelay.textDeltas().relay(client.stream(request), sink, sse, executor);
      case "blocking" -> SseRelay.textDeltas().relayBlocking(client.stream(request), sink, sse);
      case "typed" -> SseRelay.typedEvents().relay(client.publisher(request), sink, sse);
      default -> throw new IllegalArgumentException("no such relay form: " + form);
    };
    relays.add(relay);
  }
}
