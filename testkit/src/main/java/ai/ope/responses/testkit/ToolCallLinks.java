package ai.ope.responses.testkit;

import ai.ope.responses.api.CustomToolCall;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.InputItem;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code function_call_output} or {@code custom_tool_call_output} must answer a call the
 * model made: one in the request's own input, or in a stored response the request continues
 * ({@code previous_response_id}, its output and its input, and so on back along the chain).
 *
 * <p>Not checked where the fake cannot know: with {@code conversation} (the fake keeps no
 * conversations), with an {@code item_reference} in the input (it may name the call), and when
 * the previous response is not stored (the API's 404 for it comes later).
 */
final class ToolCallLinks {

  private final ResponseStore store;

  ToolCallLinks(ResponseStore store) {
    this.store = store;
  }

  Violation check(JsonObject body) {
    if (!(body.get("input") instanceof JsonArray items) || !hasOutputs(items)
        || RequestValidator.present(body, "conversation") || hasReference(items)) {
      return null;
    }
    Set<String> functionCalls = new HashSet<>();
    Set<String> customCalls = new HashSet<>();
    for (JsonValue item : items) {
      if (item instanceof JsonObject object && object.get("call_id") instanceof JsonString id) {
        if (typeOf(object).equals("function_call")) {
          functionCalls.add(id.getString());
        } else if (typeOf(object).equals("custom_tool_call")) {
          customCalls.add(id.getString());
        }
      }
    }
    if (body.get("previous_response_id") instanceof JsonString previous) {
      if (!store.contains(previous.getString())) {
        return null;
      }
      collectStored(previous.getString(), functionCalls, customCalls);
    }
    for (JsonValue item : items) {
      if (item instanceof JsonObject object && object.get("call_id") instanceof JsonString id) {
        String type = typeOf(object);
        if (type.equals("function_call_output") && !functionCalls.contains(id.getString())) {
          return unanswered("function call output", id.getString());
        }
        if (type.equals("custom_tool_call_output") && !customCalls.contains(id.getString())) {
          return unanswered("custom tool call output", id.getString());
        }
      }
    }
    return null;
  }

  private void collectStored(String first, Set<String> functionCalls, Set<String> customCalls) {
    for (ResponseStore.Entry entry : store.chain(first)) {
      collect(entry.response().output(), functionCalls, customCalls);
      collect(entry.inputItems(), functionCalls, customCalls);
      if (entry.pending() != null) {
        collect(entry.pending().output(), functionCalls, customCalls);
      }
    }
  }

  private static void collect(List<? extends InputItem> items, Set<String> functionCalls,
      Set<String> customCalls) {
    if (items == null) {
      return;
    }
    for (InputItem item : items) {
      if (item instanceof FunctionCall call && call.callId() != null) {
        functionCalls.add(call.callId());
      } else if (item instanceof CustomToolCall call && call.callId() != null) {
        customCalls.add(call.callId());
      }
    }
  }

  private static boolean hasOutputs(JsonArray items) {
    for (JsonValue item : items) {
      if (item instanceof JsonObject object) {
        String type = typeOf(object);
        if (type.equals("function_call_output") || type.equals("custom_tool_call_output")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasReference(JsonArray items) {
    for (JsonValue item : items) {
      if (item instanceof JsonObject object && (typeOf(object).equals("item_reference")
          || typeOf(object).isEmpty() && !object.containsKey("role"))) {
        return true;
      }
    }
    return false;
  }

  private static String typeOf(JsonObject item) {
    return item.get("type") instanceof JsonString type ? type.getString() : "";
  }

  private static Violation unanswered(String kind, String callId) {
    return new Violation(null, "input", "No tool call found for " + kind + " with call_id "
        + ApiErrors.shown(callId) + ".", 1);
  }
}
