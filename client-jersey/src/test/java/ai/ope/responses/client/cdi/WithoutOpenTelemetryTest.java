package ai.ope.responses.client.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.client.SecretCanary;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * A CDI application without the OpenTelemetry API (the surefire execution
 * {@code without-opentelemetry} removes it): the extension still makes a working client.
 */
class WithoutOpenTelemetryTest {

  @Test
  void theInjectedClientWorksWithoutTheOpenTelemetryApi() {
    assertThatThrownBy(() -> Class.forName("io.opentelemetry.api.OpenTelemetry"))
        .as("this execution's class path has no OpenTelemetry")
        .isInstanceOf(ClassNotFoundException.class);
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      System.setProperty("opeai.responses.base-url", server.baseUri().toString());
      System.setProperty("opeai.responses.api-key", SecretCanary.forAccount("no-otel"));
      server.enqueue(Reply.text("Hello, Barbara."));

      try (WeldContainer container = new Weld().disableDiscovery()
          .addExtension(new ResponsesCdiExtension()).addBeanClass(Greeter.class).initialize()) {
        assertThat(container.select(Greeter.class).get().greet("Barbara"))
            .isEqualTo("Hello, Barbara.");
      }
    } finally {
      System.clearProperty("opeai.responses.base-url");
      System.clearProperty("opeai.responses.api-key");
    }
  }
}
