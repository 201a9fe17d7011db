package ai.ope.responses.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import ai.ope.responses.testkit.RecordMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@code @UseCassette("../…")} fails the test with a clear error, replaying or recording, and
 * nothing is written outside the cassette root.
 */
class EscapingCassetteNameTest {

  @TempDir
  Path temp;
  private Path root;

  /** Run only through the engine test kit below. */
  @FakeResponses
  static class Escapes {
    @Test
    @UseCassette("../../escaped")
    void replays() {}

    @Test
    @UseCassette(value = "../escaped", record = RecordMode.ONCE)
    void records() {}
  }

  @BeforeEach
  void aCassetteRootInATemporaryFolder() throws Exception {
    root = Files.createDirectories(temp.resolve("resources"));
    System.setProperty("responses.testkit.cassettes", root.toString());
    // never reached: the name is refused before any server starts
    System.setProperty("responses.testkit.upstream", "http://127.0.0.1:9/v1");
  }

  @AfterEach
  void restore() {
    System.clearProperty("responses.testkit.cassettes");
    System.clearProperty("responses.testkit.upstream");
  }

  @Test
  void bothAreRefusedAndNothingIsWrittenOutside() throws Exception {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Escapes.class))
        .execute().testEvents();

    assertThat(tests.failed().count()).isEqualTo(2);
    tests.failed().list().forEach(event -> assertThat(event.getPayload(TestExecutionResult.class)
        .orElseThrow().getThrowable().orElseThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leads outside the cassette folder"));
    try (var written = Files.list(temp)) {
      assertThat(written.map(path -> path.getFileName().toString())).containsOnly("resources");
    }
  }
}
