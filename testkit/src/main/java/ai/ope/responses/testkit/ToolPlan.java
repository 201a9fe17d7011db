package ai.ope.responses.testkit;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.CustomTool;
import ai.ope.responses.api.FunctionTool;
import ai.ope.responses.api.Tool;
import ai.ope.responses.api.ToolChoice;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which of a request's tools the built-in model calls, deterministically. Only function and
 * custom tools are called; hosted tools (web search, file search, MCP...) are never simulated.
 *
 * <ul>
 *   <li>{@code "none"}: no call.
 *   <li>{@code "auto"} (the default): the tools the last user message names, by name, case
 *       ignored, an {@code _} of the name also matching a space ({@code get_weather} is named
 *       by "Get weather in Paris"); none named, no call.
 *   <li>{@code "required"}: the tools the message names; none named, the first tool.
 *   <li>{@code {"type":"function","name":…}} or {@code {"type":"custom","name":…}}: that tool,
 *       when the request defines it.
 *   <li>{@code {"type":"allowed_tools",…}}: as {@code auto} or {@code required} (its
 *       {@code mode}), among the tools it lists.
 *   <li>Anything else (a hosted tool, MCP): no call.
 * </ul>
 *
 * <p>With {@code parallel_tool_calls: false} only the first of the chosen tools is called.
 */
final class ToolPlan {

  private ToolPlan() {}

  /** The function and custom tools to call, in the order the request lists them. */
  static List<Tool> calls(CreateResponseRequest request, String lastUserText) {
    List<Tool> callable = new ArrayList<>();
    if (request.tools() != null) {
      request.tools().stream()
          .filter(tool -> tool instanceof FunctionTool || tool instanceof CustomTool)
          .forEach(callable::add);
    }
    ToolChoice choice = request.toolChoice() == null ? ToolChoice.AUTO : request.toolChoice();
    List<Tool> chosen = chosen(choice, callable, lastUserText);
    return Boolean.FALSE.equals(request.parallelToolCalls()) && chosen.size() > 1
        ? List.of(chosen.get(0)) : chosen;
  }

  private static List<Tool> chosen(ToolChoice choice, List<Tool> callable, String text) {
    if (choice instanceof ToolChoice.Mode mode) {
      return byMode(mode.mode(), callable, text);
    }
    if (choice instanceof ToolChoice.Function function) {
      return callable.stream().filter(tool -> tool instanceof FunctionTool named
          && named.name() != null && named.name().equals(function.name())).limit(1).toList();
    }
    if (choice instanceof ToolChoice.Custom custom) {
      return callable.stream().filter(tool -> tool instanceof CustomTool named
          && named.name() != null && named.name().equals(custom.name())).limit(1).toList();
    }
    if (choice instanceof ToolChoice.Allowed allowed) {
      List<JsonObject> entries = allowed.tools() == null ? List.of() : allowed.tools();
      List<Tool> subset = callable.stream()
          .filter(tool -> entries.stream().anyMatch(entry -> selects(entry, tool)))
          .toList();
      return byMode(allowed.mode(), subset, text);
    }
    return List.of();
  }

  private static List<Tool> byMode(String mode, List<Tool> tools, String text) {
    if ("none".equals(mode)) {
      return List.of();
    }
    List<Tool> named = tools.stream().filter(tool -> names(text, name(tool))).toList();
    if (named.isEmpty() && "required".equals(mode) && !tools.isEmpty()) {
      return List.of(tools.get(0));
    }
    return named;
  }

  /** Whether an {@code allowed_tools} entry ({@code {"type":…,"name":…}}) selects the tool. */
  private static boolean selects(JsonObject entry, Tool tool) {
    return tool.type().equals(entry.getString("type", null))
        && String.valueOf(name(tool)).equals(entry.getString("name", null));
  }

  static String name(Tool tool) {
    return tool instanceof FunctionTool function ? function.name() : ((CustomTool) tool).name();
  }

  /** Whether the text names the tool: as a word, case ignored, {@code _} or a space alike. */
  static boolean names(String text, String name) {
    if (name == null || name.isBlank() || text == null) {
      return false;
    }
    List<String> parts = new ArrayList<>();
    for (String part : name.toLowerCase(Locale.ROOT).split("_+")) {
      if (!part.isEmpty()) {
        parts.add(Pattern.quote(part));
      }
    }
    if (parts.isEmpty()) {
      return false;
    }
    Pattern named = Pattern.compile("(?<![\\p{L}\\p{N}_])" + String.join("[ _]+", parts)
        + "(?![\\p{L}\\p{N}_])");
    return named.matcher(text.toLowerCase(Locale.ROOT)).find();
  }
}
