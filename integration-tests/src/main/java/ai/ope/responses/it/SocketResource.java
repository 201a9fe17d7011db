package ai.ope.responses.it;

import ai.ope.responses.api.Response;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.ResponsesConnection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Two chained turns over one WebSocket connection, opened and closed on the request's thread. */
@Path("socket")
@RequestScoped
public class SocketResource {

  @Inject
  ResponsesClient client;

  /** Created by the server. */
  public SocketResource() {}

  /**
   * Asks, then asks again on the same socket, chained to the first answer.
   *
   * @param question the first input
   * @return {@code FIRST | SECOND | chained=BOOLEAN}
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String converse(@QueryParam("q") String question) {
    try (ResponsesConnection connection = client.connect()) {
      Response first = connection.send(Prompts.ask(question)).finalResponse();
      Response second = connection.send(Prompts.ask("And then?").toBuilder()
          .previousResponseId(first.id()).build()).finalResponse();
      return first.outputText() + " | " + second.outputText() + " | chained="
          + first.id().equals(second.previousResponseId());
    }
  }
}
