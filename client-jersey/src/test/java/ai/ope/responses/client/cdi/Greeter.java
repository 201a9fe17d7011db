package ai.ope.responses.client.cdi;

import ai.ope.responses.client.ResponsesClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The smallest application bean: one injected client. */
@ApplicationScoped
public class Greeter {

  @Inject
  ResponsesClient client;

  /** Created by the container. */
  public Greeter() {}

  /** Greets through the model. */
  public String greet(String name) {
    return client.create(Assistant.request("Greet " + name)).outputText();
  }

  ResponsesClient client() {
    return client;
  }
}
