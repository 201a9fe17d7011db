package ai.ope.responses.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code @RegisterExtension} on a static field: one server for the class, reset per test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammaticExtensionTest {

  @RegisterExtension
  static final FakeResponsesExtension FAKE =
      FakeResponsesExtension.withOptions(
          builder -> builder.fallback(FakeResponsesServer.Fallback.MODEL));

  private static int firstPort;

  @Test
  @Order(1)
  void theOptionsApply() throws Exception {
    FakeResponsesServer server = FAKE.server();
    firstPort = server.port();

    String echoed = DeclarativeExtensionTest.post(server.baseUri(),
        "{\"model\":\"m\",\"input\":\"ping\"}").body();

    assertThat(echoed).contains("You said: ping");
    server.enqueue(Reply.text("left over"));
  }

  @Test
  @Order(2)
  void theSameServerIsResetBeforeTheNextTest() {
    FakeResponsesServer server = FAKE.server();

    assertThat(server.port()).isEqualTo(firstPort);
    assertThat(server.requestCount()).isZero();
  }
}
