/**
 * The Jersey client of the Responses API: {@code ResponsesClient}, the JAX-RS
 * {@code ResponsesFeature}, and the typed exceptions.
 */
module ai.ope.responses.client {
  requires transitive ai.ope.responses.api;
  requires transitive jakarta.ws.rs;
  requires jakarta.annotation;
  requires java.net.http;
  requires org.glassfish.jersey.core.client;
  requires org.glassfish.jersey.core.common;
  requires org.glassfish.jersey.media.jsonb;
  requires org.glassfish.jersey.media.sse;

  exports ai.ope.responses.client;
}
