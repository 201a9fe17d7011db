package ai.ope.responses.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;

/**
 * The lines a Node conformance script prints, one JSON object per scenario, judged by the checks
 * of each scenario name: every missing, failed or wrong scenario is reported, not only the first.
 */
final class ScenarioLines {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScenarioLines() {}

  /**
   * Checks a script's output.
   *
   * @param output the script's standard output
   * @param checks what each scenario's line must say, by scenario name
   * @throws AssertionError naming every scenario that printed no line, failed or broke a check
   */
  static void assertAll(String output, Map<String, BiConsumer<SoftAssertions, JsonNode>> checks)
      throws IOException {
    Map<String, JsonNode> lines = byScenario(output);
    SoftAssertions softly = new SoftAssertions();
    checks.forEach((scenario, check) -> {
      JsonNode line = lines.get(scenario);
      if (line == null) {
        softly.fail("scenario '%s' printed no line", scenario);
      } else if (line.has("failure")) {
        softly.fail("scenario '%s' failed in the SDK: %s", scenario, line.get("failure"));
      } else {
        check.accept(softly, line);
      }
    });
    softly.assertAll();
  }

  private static Map<String, JsonNode> byScenario(String output) throws IOException {
    Map<String, JsonNode> lines = new HashMap<>();
    for (String line : output.split("\\R")) {
      if (!line.isBlank()) {
        JsonNode parsed = JSON.readTree(line);
        lines.put(parsed.path("scenario").asText(), parsed);
      }
    }
    return lines;
  }
}
