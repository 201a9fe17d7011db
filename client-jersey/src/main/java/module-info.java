/**
 * The Jersey client of the Responses API: {@code ResponsesClient}, the JAX-RS
 * {@code ResponsesFeature}, and the typed exceptions.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module ai.ope.responses.client {
  requires transitive ai.ope.responses.api;
  requires transitive jakarta.ws.rs;
  requires jakarta.annotation;
  requires java.naming;
  // transitive: HttpClient and its Version are in the builder's API
  requires transitive java.net.http;
  // CDI is the container's; MicroProfile Config is read reflectively where present.
  requires static transitive jakarta.cdi;
  // OpenTelemetry is optional: its classes are loaded only when it is on the class path.
  requires static transitive io.opentelemetry.api;
  requires static io.opentelemetry.context;
  requires org.glassfish.jersey.core.client;
  requires org.glassfish.jersey.core.common;
  requires org.glassfish.jersey.media.jsonb;
  requires org.glassfish.jersey.media.sse;

  exports ai.ope.responses.client;
  exports ai.ope.responses.client.cdi;
  exports ai.ope.responses.client.relay;

  provides jakarta.enterprise.inject.spi.Extension
      with ai.ope.responses.client.cdi.ResponsesCdiExtension;
}
