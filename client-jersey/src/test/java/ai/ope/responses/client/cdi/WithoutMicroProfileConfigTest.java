package ai.ope.responses.client.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.client.SecretCanary;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A CDI application without MicroProfile Config: the keys come from system properties. Runs in
 * its own Surefire execution whose class path leaves MicroProfile Config and SmallRye out.
 */
class WithoutMicroProfileConfigTest {

  private static final String BATCH_KEY = SecretCanary.forAccount("batch-from-property");
  private static final String MAIN_KEY = SecretCanary.forAccount("main-from-property");

  private final FakeResponsesServer main = FakeResponsesServer.start();
  private final FakeResponsesServer batch = FakeResponsesServer.start();

  @AfterEach
  void stop() {
    System.clearProperty("opeai.responses.api-key");
    System.clearProperty("opeai.responses.base-url");
    System.clearProperty("opeai.responses.\"batch\".api-key");
    System.clearProperty("opeai.responses.\"batch\".base-url");
    main.close();
    batch.close();
  }

  @Test
  void systemPropertiesConfigureTheDefaultAndTheNamedClients() throws Exception {
    assertThatThrownBy(() -> Class.forName("org.eclipse.microprofile.config.ConfigProvider"))
        .as("this execution's class path has no MicroProfile Config")
        .isInstanceOf(ClassNotFoundException.class);
    System.setProperty("opeai.responses.api-key", MAIN_KEY);
    System.setProperty("opeai.responses.base-url", main.baseUri().toString());
    System.setProperty("opeai.responses.\"batch\".api-key", BATCH_KEY);
    System.setProperty("opeai.responses.\"batch\".base-url", batch.baseUri().toString());
    main.enqueue(Reply.text("main"));
    batch.enqueue(Reply.text("batch"));

    try (WeldContainer container = new Weld().addBeanClass(Assistant.class).initialize()) {
      Assistant assistant = container.select(Assistant.class).get();

      assertThat(assistant.ask("Hi")).isEqualTo("main");
      assertThat(assistant.askBatch("Hi")).isEqualTo("batch");
    }
    assertThat(main.takeRequest().header("Authorization"))
        .hasValue("Bearer " + MAIN_KEY);
    assertThat(batch.takeRequest().header("Authorization"))
        .hasValue("Bearer " + BATCH_KEY);
  }
}
