package ai.ope.responses.it;

import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.relay.SseRelay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The model's answer relayed to a browser as server-sent events, through the server's own Jakarta
 * REST SSE (Jersey on Payara, RESTEasy on Liberty), and how each relay ended.
 */
@Path("relay")
@RequestScoped
public class RelayResource {

  private static final SseRelay TEXT = SseRelay.textDeltas();

  @Inject
  ResponsesClient client;

  @Inject
  RelayOutcomes outcomes;

  /** Created by the server. */
  public RelayResource() {}

  /**
   * Relays the answer's text deltas, then {@code done}; returns at once (the client's executor,
   * the server's managed one, does the relaying).
   *
   * @param question the input
   * @param sink the browser's connection
   * @param sse the server's event factory
   */
  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void relay(@QueryParam("q") String question, @Context SseEventSink sink,
      @Context Sse sse) {
    outcomes.watch(TEXT.relay(client.publisher(Prompts.ask(question)), sink, sse));
  }

  /**
   * How the last relay ended.
   *
   * @return {@code pending}, {@code done: TEXT}, {@code cancelled} or {@code failed: TYPE}
   */
  @GET
  @Path("last")
  @Produces(MediaType.TEXT_PLAIN)
  public String last() {
    return outcomes.last();
  }
}
