package ai.ope.responses.client.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.client.InternalServerException;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.SecretCanary;
import ai.ope.responses.client.TestConfigSource;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a CDI container (Weld, through Arquillian), the application injects the default client, a
 * named client with its own configuration, and a plain JAX-RS client; each reaches its own fake
 * server with its own key. Configuration comes from MicroProfile Config (SmallRye).
 */
@ExtendWith(ArquillianExtension.class)
class ArquillianInjectionTest {

  private static final String BATCH_KEY = SecretCanary.forAccount("batch-account");
  private static final String EU_KEY = SecretCanary.forAccount("eu-account");
  private static final String MAIN_KEY = SecretCanary.forAccount("main-account");

  // Two accounts: the configuration points each client at its own fake server.
  static final FakeResponsesServer MAIN = FakeResponsesServer.start();
  static final FakeResponsesServer BATCH = FakeResponsesServer.start();
  static final FakeResponsesServer EU = FakeResponsesServer.start();

  static {
    TestConfigSource.VALUES.put("opeai.responses.api-key", MAIN_KEY);
    TestConfigSource.VALUES.put("opeai.responses.base-url", MAIN.baseUri().toString());
    TestConfigSource.VALUES.put("opeai.responses.\"batch\".api-key", BATCH_KEY);
    TestConfigSource.VALUES.put("opeai.responses.\"batch\".base-url",
        BATCH.baseUri().toString());
    TestConfigSource.VALUES.put("opeai.responses.eu.api-key", EU_KEY);
    TestConfigSource.VALUES.put("opeai.responses.eu.base-url", EU.baseUri().toString());
    TestConfigSource.VALUES.put("opeai.responses.eu.max-retries", "0");
  }

  @Inject
  Assistant assistant;

  @Inject
  @ResponsesClientName("eu")
  ResponsesClient eu;

  @Inject
  @Any
  Instance<ResponsesClient> clients;

  @Deployment
  static JavaArchive deployment() {
    return ShrinkWrap.create(JavaArchive.class).addClass(Assistant.class)
        .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @AfterAll
  static void stop() {
    MAIN.close();
    BATCH.close();
    EU.close();
    TestConfigSource.VALUES.clear();
  }

  @Test
  void theDefaultClientIsInjectedAndConfigured() throws Exception {
    MAIN.enqueue(Reply.text("From the main account."));

    assertThat(assistant.ask("Hi")).isEqualTo("From the main account.");
    assertThat(MAIN.takeRequest().header("Authorization")).hasValue("Bearer " + MAIN_KEY);
  }

  @Test
  void aNamedClientHasItsOwnConfiguration() throws Exception {
    BATCH.enqueue(Reply.text("From the batch account."));

    assertThat(assistant.askBatch("Hi")).isEqualTo("From the batch account.");
    assertThat(BATCH.takeRequest().header("Authorization")).hasValue("Bearer " + BATCH_KEY);
  }

  @Test
  void aSecondNamedClientHasItsOwnConfigurationToo() throws Exception {
    EU.enqueue(Reply.serverError());

    assertThatThrownBy(() -> eu.create(Assistant.request("Hi")))
        .isInstanceOf(InternalServerException.class);
    assertThat(EU.requestCount()).as("max-retries 0 from its own keys").isEqualTo(1);
    assertThat(EU.takeRequest().header("Authorization")).hasValue("Bearer " + EU_KEY);
  }

  @Test
  void aPlainJaxRsClientCarriesTheFeature() throws Exception {
    MAIN.enqueue(Reply.text("Through plain JAX-RS."));

    assertThat(assistant.askWithJaxRs(MAIN.baseUri().toString(), "Hi"))
        .isEqualTo("Through plain JAX-RS.");
    assertThat(MAIN.takeRequest().header("Authorization")).hasValue("Bearer " + MAIN_KEY);
  }

  @Test
  void clientsAreApplicationScopedAndSelectableByName() {
    ResponsesClient byLiteral = clients.select(ResponsesClientName.Literal.of("batch")).get();
    ResponsesClient unnamed = clients.select(ResponsesClientName.Literal.of("")).get();

    assertThat(byLiteral.toString()).contains(BATCH.baseUri().toString());
    assertThat(unnamed.toString())
        .isEqualTo(clients.select(Default.Literal.INSTANCE).get().toString())
        .contains(MAIN.baseUri().toString()).doesNotContain(MAIN_KEY);
  }
}
