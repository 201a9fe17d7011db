package ai.ope.responses.it;

import ai.ope.responses.client.ResponsesClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The default injected client (keys {@code opeai.responses.*}), one blocking create. */
@Path("create")
@RequestScoped
public class CreateResource {

  @Inject
  ResponsesClient client;

  /** Created by the server. */
  public CreateResource() {}

  /**
   * Asks the model.
   *
   * @param question the input
   * @return the model's text
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String create(@QueryParam("q") String question) {
    return client.create(Prompts.ask(question)).outputText();
  }

  /**
   * Asks the model a question of any length: a body over 64 KiB is written under the client's
   * write watchdog (a thread of its own), which the undeploy test wants started.
   *
   * @param question the input, the request's body
   * @return the model's text
   */
  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public String createLong(String question) {
    return client.create(Prompts.ask(question)).outputText();
  }
}
