package ai.ope.responses.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The WAR's JAX-RS application: every resource of this package under {@code /api}, found by the
 * server's own scanning (Jersey in Payara, RESTEasy in Open Liberty), so nothing here depends on
 * which JAX-RS the server has.
 */
@ApplicationPath("api")
public class ItApplication extends Application {

  /** Created by the server. */
  public ItApplication() {}
}
