package ai.ope.responses.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the classes the client runs on come from on this server: the WAR's {@code WEB-INF/lib} or
 * the server's own modules. What a WAR must bundle follows from it (see the README).
 */
@Path("origins")
public class OriginsResource {

  /** The library, then the implementations and APIs it needs. */
  static final List<String> CLASSES = List.of(
      "ai.ope.responses.client.ResponsesClient",
      "org.glassfish.jersey.client.JerseyClientBuilder",
      "org.glassfish.jersey.media.sse.EventInput",
      "org.glassfish.jersey.server.ResourceConfig",
      "org.glassfish.jersey.jsonb.JsonBindingFeature",
      "org.eclipse.yasson.JsonBindingProvider",
      "org.eclipse.parsson.JsonProviderImpl",
      "jakarta.ws.rs.client.ClientBuilder",
      "jakarta.json.bind.Jsonb",
      "jakarta.json.Json",
      "jakarta.inject.Inject");

  /** Created by the server. */
  public OriginsResource() {}

  /**
   * One line per class: {@code NAME -> LOCATION}, the location being the jar (or folder) it was
   * loaded from, {@code server} when the server's loader gives no location, or {@code absent}.
   *
   * @return the lines
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String origins() {
    return CLASSES.stream().map(name -> name + " -> " + origin(name))
        .collect(Collectors.joining("\n"));
  }

  private static String origin(String name) {
    try {
      Class<?> type = Class.forName(name, false, OriginsResource.class.getClassLoader());
      CodeSource source = type.getProtectionDomain().getCodeSource();
      return source == null || source.getLocation() == null ? "server"
          : source.getLocation().toString();
    } catch (ClassNotFoundException | LinkageError absent) {
      return "absent";
    } catch (SecurityException hidden) {
      return "server";
    }
  }
}
