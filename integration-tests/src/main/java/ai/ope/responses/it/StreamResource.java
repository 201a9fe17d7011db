package ai.ope.responses.it;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.client.ResponseStream;
import ai.ope.responses.client.ResponsesClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A streamed answer read to its end on the request's thread. */
@Path("stream")
@RequestScoped
public class StreamResource {

  @Inject
  ResponsesClient client;

  /** Created by the server. */
  public StreamResource() {}

  /**
   * Streams the model's answer.
   *
   * @param question the input
   * @return {@code N events: TEXT}, the text being the final response's
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String stream(@QueryParam("q") String question) {
    try (ResponseStream stream = client.stream(Prompts.ask(question))) {
      int events = 0;
      for (ResponseStreamEvent ignored : stream) {
        events++;
      }
      return events + " events: " + stream.finalResponse().outputText();
    }
  }
}
