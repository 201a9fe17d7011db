package ai.ope.responses.client.cdi;

import ai.ope.responses.client.AccessTokenSupplier;
import ai.ope.responses.client.SecretCanary;
import jakarta.enterprise.context.ApplicationScoped;

/** The token supplier of the client named {@code gateway} only. */
@ApplicationScoped
@ResponsesClientName("gateway")
public class GatewayTokens implements AccessTokenSupplier {

  static final String TOKEN = SecretCanary.forAccount("gateway-token");

  /** Created by the container. */
  public GatewayTokens() {}

  @Override
  public String token() {
    return TOKEN;
  }
}
