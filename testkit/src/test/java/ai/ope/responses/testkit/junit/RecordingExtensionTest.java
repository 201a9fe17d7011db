package ai.ope.responses.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordMode;
import ai.ope.responses.testkit.Reply;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@code @UseCassette(record = ONCE)}: the first run records from the upstream into the cassette
 * folder, the next replays it without the upstream; the same class, no code change.
 */
class RecordingExtensionTest {

  static FakeResponsesServer upstream;
  static String answer;

  @TempDir
  Path resources;

  /** Run only through the engine test kit below. */
  @FakeResponses
  static class AsksTheModel {
    @Test
    @UseCassette(value = "cassettes/greeting", record = RecordMode.ONCE)
    void asks(@BaseUri URI baseUri) throws Exception {
      answer = DeclarativeExtensionTest.post(baseUri,
          "{\"model\":\"m\",\"input\":\"Say hello\"}").body();
    }
  }

  @BeforeEach
  void pointTheExtensionAtALocalUpstream() {
    upstream = FakeResponsesServer.start();
    System.setProperty("responses.testkit.upstream", upstream.baseUri().toString());
    System.setProperty("responses.testkit.cassettes", resources.toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty("responses.testkit.upstream");
    System.clearProperty("responses.testkit.cassettes");
    upstream.close();
  }

  @Test
  void theFirstRunRecordsAndTheNextReplays() {
    upstream.enqueue(Reply.text("Hello from upstream."));

    Events first = run();
    String recorded = answer;
    upstream.close();
    Events second = run();

    assertThat(first.failed().count()).isZero();
    assertThat(second.failed().count()).isZero();
    assertThat(recorded).contains("Hello from upstream.");
    assertThat(answer).contains("Hello from upstream.");
    assertThat(Files.exists(resources.resolve("cassettes/greeting/001-post-responses/"
        + "response.json"))).isTrue();
  }

  @Test
  void aTestWhoseRequestCannotBeRecordedFails() {
    upstream.close(); // nothing answers at the upstream address

    Events tests = run();

    assertThat(tests.failed().count()).isEqualTo(1);
    Throwable cause = tests.failed().list().get(0)
        .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow();
    assertThat(cause).hasMessageContaining("could not record")
        .hasMessageContaining("did not answer");
  }

  private static Events run() {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(AsksTheModel.class))
        .execute().testEvents();
  }
}
