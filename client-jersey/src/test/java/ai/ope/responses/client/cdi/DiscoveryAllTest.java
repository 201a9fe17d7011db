package ai.ope.responses.client.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.client.SecretCanary;
import ai.ope.responses.client.TestConfigSource;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An application whose {@code beans.xml} asks for discovery mode "all" gets the client too. */
@ExtendWith(ArquillianExtension.class)
class DiscoveryAllTest {

  private static final String KEY = SecretCanary.forAccount("discovery-all");

  static final FakeResponsesServer SERVER = FakeResponsesServer.start();

  static {
    TestConfigSource.VALUES.put("opeai.responses.api-key", KEY);
    TestConfigSource.VALUES.put("opeai.responses.base-url", SERVER.baseUri().toString());
  }

  @Inject
  PlainBean bean;

  @Deployment
  static JavaArchive deployment() {
    return ShrinkWrap.create(JavaArchive.class).addClass(PlainBean.class)
        .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/"
            + "jakartaee\" version=\"4.0\" bean-discovery-mode=\"all\"/>"), "beans.xml");
  }

  @AfterAll
  static void stop() {
    SERVER.close();
    TestConfigSource.VALUES.clear();
  }

  @Test
  void aBeanFoundByDiscoveryAllGetsTheClient() {
    SERVER.enqueue(Reply.text("Discovered."));

    assertThat(bean.ask("Hi")).isEqualTo("Discovered.");
  }
}
