package ai.ope.responses.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** A test whose code sent a request nothing answered fails, with the server's explanation. */
class UnansweredRequestsTest {

  /** Run only through the engine test kit below. */
  @FakeResponses
  static class SendsAnUnscriptedRequest {
    @Test
    void sends(@BaseUri URI baseUri) throws Exception {
      DeclarativeExtensionTest.post(baseUri, "{\"model\":\"m\",\"input\":\"nobody answers\"}");
    }
  }

  @Test
  void theTestFailsWithTheUnmatchedExplanation() {
    Events tests = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(SendsAnUnscriptedRequest.class))
        .execute()
        .testEvents();

    assertThat(tests.failed().count()).isEqualTo(1);
    Event failure = tests.failed().list().get(0);
    Throwable cause = failure.getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .orElseThrow().getThrowable().orElseThrow();
    assertThat(cause).isInstanceOf(AssertionError.class)
        .hasMessageContaining("received 1 request(s) that no stub, queued reply or cassette")
        .hasMessageContaining("Unmatched request POST /v1/responses");
  }
}
