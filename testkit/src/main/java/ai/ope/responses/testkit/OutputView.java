package ai.ope.responses.testkit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The output of a scripted reply as a description shows it: the shorthand members when the items
 * come in their order (reasoning, text, refusal, function calls, the first three once at most),
 * else {@code output}, then how the response ends. The counterpart of {@link OutputDescription}.
 */
final class OutputView {

  private OutputView() {}

  /** Adds the members that describe a scripted reply's output and its end. */
  static void describe(JsonObjectBuilder json, Reply reply) {
    if (inShorthandOrder(reply.outputs)) {
      JsonArrayBuilder calls = Json.PROVIDER.createArrayBuilder();
      for (ScriptedOutput output : reply.outputs) {
        if (output instanceof ScriptedOutput.FunctionCall call) {
          calls.add(call(call));
        } else {
          json.add(kind(output), text(output));
        }
      }
      JsonValue built = calls.build();
      if (!built.asJsonArray().isEmpty()) {
        json.add("function_calls", built);
      }
    } else {
      JsonArrayBuilder items = Json.PROVIDER.createArrayBuilder();
      for (ScriptedOutput output : reply.outputs) {
        items.add(Json.PROVIDER.createObjectBuilder().add(kind(output),
            output instanceof ScriptedOutput.FunctionCall call ? call(call)
                : Json.PROVIDER.createValue(text(output))));
      }
      json.add("output", items);
    }
    if (reply.endStatus.equals("incomplete")) {
      json.add("incomplete", reply.incompleteReason);
    } else if (reply.endStatus.equals("failed")) {
      JsonObjectBuilder failed = Json.PROVIDER.createObjectBuilder();
      addUnlessNull(failed, "code", reply.failureCode);
      addUnlessNull(failed, "message", reply.failureMessage);
      json.add("failed", failed);
    }
  }

  /** Reasoning, text, refusal at most once each, then function calls: the shorthand's order. */
  private static boolean inShorthandOrder(List<ScriptedOutput> outputs) {
    int last = -1;
    for (ScriptedOutput output : outputs) {
      int rank = List.of("reasoning", "text", "refusal", "function_call").indexOf(kind(output));
      if (rank < last || rank == last && rank < 3) {
        return false;
      }
      last = rank;
    }
    return true;
  }

  private static String kind(ScriptedOutput output) {
    if (output instanceof ScriptedOutput.Reasoning) {
      return "reasoning";
    }
    if (output instanceof ScriptedOutput.Text) {
      return "text";
    }
    return output instanceof ScriptedOutput.Refusal ? "refusal" : "function_call";
  }

  private static String text(ScriptedOutput output) {
    if (output instanceof ScriptedOutput.Reasoning reasoning) {
      return reasoning.summary();
    }
    return output instanceof ScriptedOutput.Text text ? text.text()
        : ((ScriptedOutput.Refusal) output).refusal();
  }

  /** Arguments as an object when that is exactly what was given, else as the string. */
  private static JsonObject call(ScriptedOutput.FunctionCall call) {
    Optional<JsonValue> parsed = Json.parse(call.arguments())
        .filter(value -> value instanceof JsonObject && value.toString().equals(call.arguments()));
    JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder().add("name", call.name())
        .add("arguments", parsed.orElse(Json.PROVIDER.createValue(call.arguments())));
    addUnlessNull(json, "call_id", call.callId());
    return json.build();
  }

  private static void addUnlessNull(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
