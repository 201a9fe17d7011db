package ai.ope.responses.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Answers once the WAR is deployed: what the tests poll for before they start calling. */
@Path("health")
public class HealthResource {

  /** Created by the server. */
  public HealthResource() {}

  /**
   * Says the application is up.
   *
   * @return {@code up}
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String up() {
    return "up";
  }
}
