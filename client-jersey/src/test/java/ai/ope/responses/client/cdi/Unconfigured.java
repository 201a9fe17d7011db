package ai.ope.responses.client.cdi;

import ai.ope.responses.client.ResponsesClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A bean that injects a named client nobody configured. */
@ApplicationScoped
public class Unconfigured {

  @Inject
  @ResponsesClientName("absent")
  ResponsesClient client;

  /** Created by the container. */
  public Unconfigured() {}
}
