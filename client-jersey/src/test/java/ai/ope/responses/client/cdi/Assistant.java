package ai.ope.responses.client.cdi;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.client.ResponsesClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;

/** An application bean, as a user writes it: the clients are injected, nothing else. */
@ApplicationScoped
public class Assistant {

  @Inject
  ResponsesClient client;

  @Inject
  @ResponsesClientName("batch")
  ResponsesClient batch;

  @Inject
  @ResponsesClientName
  Client jaxrs;

  /** Created by the container. */
  public Assistant() {}

  /** Asks the default client. */
  public String ask(String question) {
    return client.create(request(question)).outputText();
  }

  /** Asks the client named "batch". */
  public String askBatch(String question) {
    return batch.create(request(question)).outputText();
  }

  /** Asks through plain JAX-RS. */
  public String askWithJaxRs(String baseUrl, String question) {
    return jaxrs.target(baseUrl).path("responses").request()
        .post(Entity.json(request(question)), Response.class).outputText();
  }

  static CreateResponseRequest request(String question) {
    return CreateResponseRequest.builder().model("gpt-5.4-mini").input(question).build();
  }
}
