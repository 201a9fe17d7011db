package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the built-in model's planned output to {@code max_output_tokens}, as the real server
 * does: items are produced in order, each costing its tokens ({@link TokenEstimate}; a reasoning
 * item its hidden reasoning tokens plus its summary), and the item the budget runs out in is cut
 * there (text, arguments or input truncated; a reasoning item loses its summary first), later
 * items are dropped, and the reply ends {@code incomplete} with reason {@code max_output_tokens}.
 */
final class OutputBudget {

  private OutputBudget() {}

  /** The reply of these outputs within the budget (null: no limit). */
  static Reply reply(List<ScriptedOutput> planned, Integer maxOutputTokens, int chunks) {
    List<ScriptedOutput> produced = new ArrayList<>();
    boolean cut = false;
    int remaining = maxOutputTokens == null ? Integer.MAX_VALUE : Math.max(0, maxOutputTokens);
    for (ScriptedOutput output : planned) {
      int cost = cost(output);
      if (cost <= remaining) {
        produced.add(output);
        remaining -= cost;
        continue;
      }
      cut = true;
      if (remaining > 0) {
        produced.add(truncated(output, remaining));
      }
      break;
    }
    Reply.Builder reply = Reply.builder().chunks(chunks);
    produced.forEach(output -> add(reply, output));
    if (cut) {
      reply.incomplete("max_output_tokens");
    }
    return reply.build();
  }

  static int cost(ScriptedOutput output) {
    if (output instanceof ScriptedOutput.Reasoning reasoning) {
      return reasoning.hiddenTokens() + TokenEstimate.of(reasoning.summary());
    }
    return TokenEstimate.of(text(output));
  }

  private static ScriptedOutput truncated(ScriptedOutput output, int tokens) {
    if (output instanceof ScriptedOutput.Reasoning reasoning) {
      int left = tokens - reasoning.hiddenTokens();
      return left <= 0 || reasoning.summary() == null
          ? new ScriptedOutput.Reasoning(null, tokens)
          : new ScriptedOutput.Reasoning(cut(reasoning.summary(), left), reasoning.hiddenTokens());
    }
    String kept = cut(text(output), tokens);
    if (output instanceof ScriptedOutput.FunctionCall call) {
      return new ScriptedOutput.FunctionCall(call.name(), kept, call.callId());
    }
    if (output instanceof ScriptedOutput.CustomToolCall call) {
      return new ScriptedOutput.CustomToolCall(call.name(), kept, call.callId());
    }
    return output instanceof ScriptedOutput.Refusal
        ? new ScriptedOutput.Refusal(kept) : new ScriptedOutput.Text(kept);
  }

  /** The longest start of the text that costs at most this many tokens, whole characters. */
  private static String cut(String text, int tokens) {
    int end = (int) Math.min(text.length(), tokens * 4L);
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String text(ScriptedOutput output) {
    if (output instanceof ScriptedOutput.Text text) {
      return text.text();
    } else if (output instanceof ScriptedOutput.Refusal refusal) {
      return refusal.refusal();
    } else if (output instanceof ScriptedOutput.FunctionCall call) {
      return call.arguments();
    } else if (output instanceof ScriptedOutput.CustomToolCall call) {
      return call.input();
    }
    return ((ScriptedOutput.Reasoning) output).summary();
  }

  private static void add(Reply.Builder reply, ScriptedOutput output) {
    if (output instanceof ScriptedOutput.Reasoning reasoning) {
      reply.reasoning(reasoning.summary(), reasoning.hiddenTokens());
    } else if (output instanceof ScriptedOutput.FunctionCall call) {
      reply.functionCall(call.name(), call.arguments(), call.callId());
    } else if (output instanceof ScriptedOutput.CustomToolCall call) {
      reply.customToolCall(call.name(), call.input(), call.callId());
    } else if (output instanceof ScriptedOutput.Refusal refusal) {
      reply.refusal(refusal.refusal());
    } else {
      reply.text(((ScriptedOutput.Text) output).text());
    }
  }
}
