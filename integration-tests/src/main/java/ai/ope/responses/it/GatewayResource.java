package ai.ope.responses.it;

import ai.ope.responses.client.ApiException;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.cdi.ResponsesClientName;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A named client, {@code @ResponsesClientName("gateway")}: its base URL comes from the
 * environment; its organization, retries and HTTP transport (the JDK's {@code HttpClient}, whose
 * read-timeout thread the undeploy test wants started) from
 * {@code META-INF/microprofile-config.properties}.
 */
@Path("gateway")
@RequestScoped
public class GatewayResource {

  @Inject
  @ResponsesClientName("gateway")
  ResponsesClient gateway;

  /** Created by the server. */
  public GatewayResource() {}

  /**
   * Asks the model through the gateway client. An API error is answered as text (status and
   * exception type) so a test sees what the client did, not the server's error page.
   *
   * @param question the input
   * @return the model's text, or {@code error STATUS TYPE}
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String create(@QueryParam("q") String question) {
    try {
      return gateway.create(Prompts.ask(question)).outputText();
    } catch (ApiException e) {
      return "error " + e.status() + " " + e.getClass().getSimpleName();
    }
  }
}
