package ai.ope.responses.client.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application's {@code AccessTokenSupplier} bean authenticates its injected clients, with no
 * API key configured: the unqualified one the default client, a named one its client.
 */
class TokenSupplierBeanTest {

  private FakeResponsesServer server;

  @BeforeEach
  void pointTheClientsAtTheFakeServer() {
    server = FakeResponsesServer.start();
    System.setProperty("opeai.responses.base-url", server.baseUri().toString());
    System.setProperty("opeai.responses.gateway.auth-header", "api-key");
  }

  @AfterEach
  void restore() {
    System.clearProperty("opeai.responses.base-url");
    System.clearProperty("opeai.responses.gateway.auth-header");
    server.close();
  }

  @Test
  void theSupplierBeansGiveTheTokensPerCall() throws Exception {
    server.enqueue(Reply.text("one"));
    server.enqueue(Reply.text("two"));
    server.enqueue(Reply.text("three"));

    try (WeldContainer container = new Weld().disableDiscovery()
        .addExtension(new ResponsesCdiExtension())
        .addBeanClasses(Greeter.class, GatewayCaller.class, RotatingTokens.class,
            GatewayTokens.class)
        .initialize()) {
      Greeter greeter = container.select(Greeter.class).get();
      greeter.greet("Ada");
      greeter.greet("Grace");
      container.select(GatewayCaller.class).get().ask("hi");
    }

    assertThat(server.takeRequest().header("Authorization"))
        .hasValue("Bearer " + RotatingTokens.PREFIX + "-1");
    assertThat(server.takeRequest().header("Authorization"))
        .hasValue("Bearer " + RotatingTokens.PREFIX + "-2");
    var named = server.takeRequest();
    assertThat(named.header("api-key")).hasValue(GatewayTokens.TOKEN);
    assertThat(named.header("Authorization")).isEmpty();
  }
}
