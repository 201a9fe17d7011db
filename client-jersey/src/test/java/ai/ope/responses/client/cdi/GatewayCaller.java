package ai.ope.responses.client.cdi;

import ai.ope.responses.client.ResponsesClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A bean injecting the client named {@code gateway}. */
@ApplicationScoped
public class GatewayCaller {

  @Inject
  @ResponsesClientName("gateway")
  ResponsesClient client;

  /** Created by the container. */
  public GatewayCaller() {}

  /** Asks the model through the gateway. */
  public String ask(String text) {
    return client.create(Assistant.request(text)).outputText();
  }
}
