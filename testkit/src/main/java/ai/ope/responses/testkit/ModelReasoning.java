package ai.ope.responses.testkit;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Reasoning;
import ai.ope.responses.api.TextFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in model's reasoning item, when the request sets {@code reasoning} with an effort
 * other than {@code none} (no effort means {@code medium}): hidden reasoning tokens by effort
 * ({@code minimal} 8, {@code low} 16, {@code medium} 32, {@code high} 64, {@code xhigh} 96,
 * {@code max} 128), and, when {@code summary} (or the deprecated {@code generate_summary}) is
 * set, a short summary of what the answer will do. Otherwise the summary list is empty.
 */
final class ModelReasoning {

  private static final Map<String, Integer> TOKENS_BY_EFFORT = Map.of("minimal", 8, "low", 16,
      "medium", 32, "high", 64, "xhigh", 96, "max", 128);
  private static final int QUOTED = 120;

  private ModelReasoning() {}

  static Optional<ScriptedOutput.Reasoning> of(CreateResponseRequest request, ModelTurn turn,
      List<ScriptedOutput> answer) {
    Reasoning reasoning = request.reasoning();
    String effort = reasoning == null ? null
        : reasoning.effort() == null ? "medium" : reasoning.effort().toLowerCase(Locale.ROOT);
    if (effort == null || effort.equals("none")) {
      return Optional.empty();
    }
    int hidden = TOKENS_BY_EFFORT.getOrDefault(effort, 32);
    boolean summarised = reasoning.summary() != null || reasoning.generateSummary() != null;
    return Optional.of(new ScriptedOutput.Reasoning(
        summarised ? summary(request, turn, answer) : null, hidden));
  }

  private static String summary(CreateResponseRequest request, ModelTurn turn,
      List<ScriptedOutput> answer) {
    String asked = turn.lastUserText();
    if (asked.length() > QUOTED) {
      asked = asked.substring(0, QUOTED) + "…";
    }
    return "**Planning the answer**\n\nThe user wrote: \"" + asked + "\". I will "
        + plan(request, turn, answer) + ".";
  }

  private static String plan(CreateResponseRequest request, ModelTurn turn,
      List<ScriptedOutput> answer) {
    List<String> called = answer.stream().map(ModelReasoning::calledTool)
        .filter(name -> name != null).collect(Collectors.toList());
    if (!called.isEmpty()) {
      return "call " + String.join(" and ", called);
    }
    if (!turn.toolResults().isEmpty()) {
      return "report what the tools returned";
    }
    TextFormat format = request.text() == null ? null : request.text().format();
    if (format instanceof TextFormat.JsonSchema schema) {
      return "answer with JSON that fits the schema " + schema.name();
    }
    return format instanceof TextFormat.JsonObjectMode ? "answer with a JSON object"
        : "reply in plain text";
  }

  private static String calledTool(ScriptedOutput output) {
    if (output instanceof ScriptedOutput.FunctionCall call) {
      return call.name();
    }
    return output instanceof ScriptedOutput.CustomToolCall call ? call.name() : null;
  }
}
