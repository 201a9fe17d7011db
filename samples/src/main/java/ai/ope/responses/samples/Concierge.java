package ai.ope.responses.samples;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.client.ResponsesClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** An application bean of {@link CdiApp}: the client is injected, configured by the container. */
@ApplicationScoped
public class Concierge {

  @Inject
  ResponsesClient client;

  /** Created by the container. */
  public Concierge() {}

  /**
   * Suggests something to do.
   *
   * @param city where
   * @return the suggestion
   */
  public String suggest(String city) {
    return client.create(CreateResponseRequest.builder().model(Backend.MODEL)
        .input("Suggest one thing to do in " + city + ", in one sentence.").build())
        .outputText();
  }
}
