package ai.ope.responses.client.cdi;

import ai.ope.responses.client.AccessTokenSupplier;
import ai.ope.responses.client.SecretCanary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** The application's token supplier for the default client: a new token on every call. */
@ApplicationScoped
public class RotatingTokens implements AccessTokenSupplier {

  static final String PREFIX = SecretCanary.forAccount("cdi-token");
  private final AtomicInteger issued = new AtomicInteger();

  /** Created by the container. */
  public RotatingTokens() {}

  @Override
  public String token() {
    return PREFIX + "-" + issued.incrementAndGet();
  }
}
