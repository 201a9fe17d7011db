package ai.ope.responses.client;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Objects;
import org.glassfish.jersey.jsonb.JsonBindingFeature;

/**
 * Makes any JAX-RS client speak to the Responses API: registered on a {@code Client} or
 * {@code ClientBuilder}, it adds bearer authentication ({@code Authorization: Bearer <key>}, and
 * {@code OpenAI-Organization}/{@code OpenAI-Project} when set), a {@code User-Agent}, debug
 * logging with the key masked, and JSON-B binding of the model types through the library's codec
 * (a {@code ContextResolver<Jsonb>} that answers only for model types, so the application's own
 * JSON-B use is untouched).
 *
 * <pre>{@code
 * Client client = ClientBuilder.newBuilder().register(ResponsesFeature.fromEnv()).build();
 * Response response = client.target("https://api-platform.ope.ai/v1").path("responses")
 *     .request().post(Entity.json(request), Response.class);
 * }</pre>
 *
 * <p>Error statuses are left to JAX-RS, as it expects: a typed call throws its
 * {@code WebApplicationException}; turn it into this library's typed exception with
 * {@link ApiException#from(jakarta.ws.rs.core.Response) ApiException.from(e.getResponse())}.
 * {@link ResponsesClient} adds retries and the mapping itself. {@link #toString()} masks the key.
 */
@Provider
@ConstrainedTo(RuntimeType.CLIENT)
public final class ResponsesFeature implements Feature {

  private final String apiKey;
  private final String organization;
  private final String project;
  /** The header and credential; null exactly when {@code apiKey} is. */
  private final Authentication authentication;
  private final DefaultParameters defaults;

  /**
   * The feature configured when it is registered, as {@link ResponsesClientBuilder#fromConfig}
   * finds the settings (MicroProfile Config, system properties, environment): for registration
   * by class ({@code client.register(ResponsesFeature.class)}) and {@code @Provider} discovery.
   * A server runtime ignores it (client-only).
   */
  public ResponsesFeature() {
    this(null, null, null, null, DefaultParameters.NONE);
  }

  private ResponsesFeature(String apiKey, String organization, String project,
      Authentication authentication, DefaultParameters defaults) {
    this.apiKey = apiKey;
    this.organization = organization;
    this.project = project;
    this.authentication = authentication;
    this.defaults = defaults;
  }

  private static ResponsesFeature bearer(String apiKey, String organization, String project) {
    return new ResponsesFeature(apiKey, organization, project,
        new Authentication(jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION, apiKey, null),
        DefaultParameters.NONE);
  }

  /**
   * The feature with this API key.
   *
   * @param apiKey the key
   * @return the feature
   */
  public static ResponsesFeature withApiKey(String apiKey) {
    if (Objects.requireNonNull(apiKey, "apiKey").isBlank()) {
      throw new IllegalArgumentException("apiKey is blank");
    }
    return bearer(apiKey.strip(), null, null);
  }

  /**
   * The feature with the key, organization and project from system properties or the
   * environment, as {@link ResponsesClientBuilder} finds them.
   *
   * @return the feature
   * @throws IllegalStateException when no API key is configured
   */
  public static ResponsesFeature fromEnv() {
    return of(new ResponsesClientBuilder().settings());
  }

  static ResponsesFeature of(Settings settings) {
    return new ResponsesFeature(settings.apiKey(), settings.organization(), settings.project(),
        settings.authentication(), settings.defaults());
  }

  /**
   * This feature, also sending {@code OpenAI-Organization}.
   *
   * @param organization the organization id
   * @return the changed copy
   */
  public ResponsesFeature withOrganization(String organization) {
    return new ResponsesFeature(apiKey, Objects.requireNonNull(organization, "organization"),
        project, authentication, defaults);
  }

  /**
   * This feature, also sending {@code OpenAI-Project}.
   *
   * @param project the project id
   * @return the changed copy
   */
  public ResponsesFeature withProject(String project) {
    return new ResponsesFeature(apiKey, organization, Objects.requireNonNull(project, "project"),
        authentication, defaults);
  }

  @Override
  public boolean configure(FeatureContext context) {
    if (context.getConfiguration().getRuntimeType() != RuntimeType.CLIENT) {
      return false;
    }
    if (apiKey == null) {
      return of(ResponsesClientBuilder.fromConfig((String) null).settings()).configure(context);
    }
    context.register(new AuthenticationFilter(authentication, organization, project));
    if (!defaults.isEmpty()) {
      context.register(new DefaultsFilter(defaults));
    }
    context.register(new ModelJsonbResolver());
    context.register(JsonBindingFeature.class);
    context.register(new LoggingFilter(apiKey));
    return true;
  }

  @Override
  public String toString() {
    return apiKey == null ? "ResponsesFeature[from configuration]"
        : "ResponsesFeature[" + authentication + ", organization=" + organization + ", project="
            + project + ", defaults=" + defaults + "]";
  }
}
