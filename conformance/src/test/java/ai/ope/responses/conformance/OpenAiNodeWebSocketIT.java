package ai.ope.responses.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * openai-node's WebSocket mode ({@code ResponsesWS} from {@code openai/resources/responses/ws},
 * with the {@code ws} package), unmodified, against the standalone server's
 * {@code ws://…/v1/responses}: {@code ws-conformance.mjs} queues replies through the admin API,
 * runs each scenario on one socket and prints one JSON line per scenario, checked here; a second
 * server requires a key, to see a wrong one refused on the socket. Skipped,
 * saying why, where Node.js or npm is not installed.
 */
class OpenAiNodeWebSocketIT {

  @RegisterExtension
  static final StandaloneServer SERVER =
      new StandaloneServer("--models", InvalidRequest.KNOWN_MODEL);

  /** The key the script's accepted client sends; the keyed server reads it from here. */
  private static final String KEY_VARIABLE = "FAKE_RESPONSES_REQUIRED_KEY";

  @RegisterExtension
  static final StandaloneServer KEYED = new StandaloneServer(Map.of(KEY_VARIABLE, "sk-test"),
      "--models", InvalidRequest.KNOWN_MODEL, "--require-api-key-env", KEY_VARIABLE);

  private static final Duration SCRIPT_LIMIT = Duration.ofSeconds(60);

  @Test
  void responsesWsRunsChainedTurnsAndReceivesErrorEvents() throws Exception {
    // here, not in a @BeforeAll: a skip there is reported as no test at all, without its reason
    NodeSdk node = NodeSdk.installed();

    CommandRun run = node.runScript("ws-conformance", SCRIPT_LIMIT, SERVER.baseUrl(),
        InvalidRequest.KNOWN_MODEL, KEYED.baseUrl());

    assertThat(run.exitCode()).as("node ws-conformance.mjs exit code; it printed:\n%s%s",
        run.out(), run.err()).isZero();
    ScenarioLines.assertAll(run.out(), NodeWebSocketScenarios.all());
  }
}
