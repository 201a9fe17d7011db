package ai.ope.responses.client.cdi;

import ai.ope.responses.client.ResponsesClient;
import jakarta.inject.Inject;

/** A bean without a bean-defining annotation: a bean only where discovery is "all". */
public class PlainBean {

  @Inject
  ResponsesClient client;

  /** Created by the container. */
  public PlainBean() {}

  /** Asks the default client. */
  public String ask(String question) {
    return client.create(Assistant.request(question)).outputText();
  }
}
