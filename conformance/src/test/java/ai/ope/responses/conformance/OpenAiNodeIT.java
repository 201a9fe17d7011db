package ai.ope.responses.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * openai-node (the npm package {@code openai}, pinned), unmodified, against the standalone server
 * with nothing scripted: {@code conformance.mjs} runs every scenario and prints one JSON line per
 * scenario; each line is checked here, and every broken scenario is reported by name. Skipped,
 * saying why, where Node.js or npm is not installed.
 */
class OpenAiNodeIT {

  @RegisterExtension
  static final StandaloneServer SERVER =
      new StandaloneServer("--models", InvalidRequest.KNOWN_MODEL);

  private static final Duration SCRIPT_LIMIT = Duration.ofSeconds(90);

  @Test
  void openaiNodePassesEveryScenario() throws Exception {
    // here, not in a @BeforeAll: a skip there is reported as no test at all, without its reason
    NodeSdk node = NodeSdk.installed();
    Path invalidRequests = node.folder().resolve("invalid-requests.json");
    Files.writeString(invalidRequests, InvalidRequest.bodies(), StandardCharsets.UTF_8);

    CommandRun run = node.run(SCRIPT_LIMIT, SERVER.baseUrl(), InvalidRequest.KNOWN_MODEL,
        invalidRequests.toString());

    assertThat(run.exitCode()).as("node conformance.mjs exit code; it printed:\n%s%s",
        run.out(), run.err()).isZero();
    ScenarioLines.assertAll(run.out(), NodeScenarios.all());
  }
}
