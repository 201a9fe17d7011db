package ai.ope.responses.client.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.SecretCanary;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.util.concurrent.TimeUnit;
import javax.naming.Context;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.proxy.WeldClientProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The minimal Java SE example: Weld SE, one bean injecting the client, pointed at the fake server
 * with two system properties, as an application's own test would do.
 */
class WeldSeTest {

  private static final String KEY = SecretCanary.forAccount("weld-se-test");

  private FakeResponsesServer server;

  @BeforeEach
  void pointTheClientAtTheFakeServer() {
    server = FakeResponsesServer.start();
    System.setProperty("opeai.responses.base-url", server.baseUri().toString());
    System.setProperty("opeai.responses.api-key", KEY);
  }

  @AfterEach
  void restore() {
    System.clearProperty("opeai.responses.base-url");
    System.clearProperty("opeai.responses.api-key");
    System.clearProperty(Context.INITIAL_CONTEXT_FACTORY);
    server.close();
  }

  @Test
  void aWeldSeApplicationGetsTheClientInjected() throws Exception {
    server.enqueue(Reply.text("Hello, Ada."));

    try (WeldContainer container = weld().addBeanClass(Greeter.class).initialize()) {
      assertThat(container.select(Greeter.class).get().greet("Ada")).isEqualTo("Hello, Ada.");
    }
    assertThat(server.takeRequest().header("Authorization")).hasValue("Bearer " + KEY);
  }

  @Test
  void withoutDiscoveryTheExtensionIsAddedByHand() {
    server.enqueue(Reply.text("Hello, Grace."));

    try (WeldContainer container = new Weld().disableDiscovery()
        .addExtension(new ResponsesCdiExtension()).addBeanClass(Greeter.class).initialize()) {
      assertThat(container.select(Greeter.class).get().greet("Grace")).isEqualTo("Hello, Grace.");
    }
  }

  @Test
  void shuttingTheContainerDownClosesTheClient() throws Exception {
    server.enqueue(Reply.text("once"));
    server.enqueue(Reply.text("in the background"));
    java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
    ResponsesClient underlying;
    try (WeldContainer container = weld().addBeanClass(Greeter.class).initialize()) {
      Greeter greeter = container.select(Greeter.class).get();
      greeter.greet("Ada");
      underlying = (ResponsesClient) ((WeldClientProxy) greeter.client()).getMetadata()
          .getContextualInstance();
      assertThat(underlying.createAsync(Assistant.request("later")).toCompletableFuture()
          .get(10, TimeUnit.SECONDS).outputText()).isEqualTo("in the background");
    }

    assertThatThrownBy(() -> underlying.create(Assistant.request("again")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    // nothing the client started outlives the container (an undeployed application's loader
    // would stay pinned by it)
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(thread) && thread.getName().startsWith("responses-")) {
        thread.join(2_000);
        assertThat(thread.isAlive()).as(thread.getName()).isFalse();
      }
    }
  }

  @Test
  void aMissingKeyFailsTheDeploymentNamingTheKeysToSet() {
    Assumptions.assumeTrue(System.getenv("OPEAI_API_KEY") == null
        && System.getenv("OPENAI_API_KEY") == null, "an API key is set in this environment");
    System.clearProperty("opeai.responses.api-key");

    assertThatThrownBy(() -> weld().addBeanClass(Unconfigured.class).initialize().close())
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("ResponsesClient \"absent\"")
        .hasMessageContaining("opeai.responses.\"absent\".api-key")
        .hasMessageContaining("OPEAI_API_KEY");
  }

  @Test
  void asynchronousWorkRunsOnTheContainersManagedExecutor() throws Exception {
    System.setProperty(Context.INITIAL_CONTEXT_FACTORY, TestNamingContextFactory.class.getName());
    server.enqueue(Reply.text("managed"));
    int before = TestNamingContextFactory.TASKS.get();

    try (WeldContainer container = weld().addBeanClass(Greeter.class).initialize()) {
      ResponsesClient client = container.select(Greeter.class).get().client();
      String text = client.createAsync(Assistant.request("Hi")).toCompletableFuture()
          .get(10, TimeUnit.SECONDS).outputText();

      assertThat(text).isEqualTo("managed");
    }
    assertThat(TestNamingContextFactory.TASKS.get()).isGreaterThan(before);
  }

  @Test
  void theInjectedClientTracesWithTheContainersOpenTelemetry() {
    server.enqueue(Reply.text("Hello, Alan."));
    ContainerOpenTelemetry.SPANS.reset();

    try (WeldContainer container = new Weld().disableDiscovery()
        .addExtension(new ResponsesCdiExtension())
        .addBeanClasses(Greeter.class, ContainerOpenTelemetry.class).initialize()) {
      container.select(Greeter.class).get().greet("Alan");
    }

    assertThat(ContainerOpenTelemetry.SPANS.getFinishedSpanItems()).singleElement()
        .satisfies(span -> {
          assertThat(span.getName()).isEqualTo("chat " + Assistant.request("x").model());
          assertThat(server.takeRequest().header("traceparent")).hasValueSatisfying(
              traceparent -> assertThat(traceparent).contains(span.getSpanId()));
        });
  }

  @Test
  void theApplicationsListenerBeansWatchTheInjectedClient() {
    server.enqueue(Reply.text("Hello, Edsger."));
    AuditListener.ENDED.clear();

    try (WeldContainer container = new Weld().disableDiscovery()
        .addExtension(new ResponsesCdiExtension())
        .addBeanClasses(Greeter.class, AuditListener.class).initialize()) {
      container.select(Greeter.class).get().greet("Edsger");
    }

    assertThat(AuditListener.ENDED).containsExactly("POST /v1/responses ok");
  }

  private static Weld weld() {
    // discovery on, as in an application: portable extensions come from META-INF/services
    return new Weld();
  }
}
