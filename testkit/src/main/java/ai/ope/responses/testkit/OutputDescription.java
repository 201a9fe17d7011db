package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The response part of a reply description: its output items and how it ends. The shorthand
 * members give at most one reasoning summary, one text, one refusal and any function calls, in
 * that order, as the real API orders them; {@code output} lists items in any order and number.
 *
 * <pre>{@code
 * {"reasoning": "…", "text": "…", "function_calls": [{"name": "f", "arguments": {…}}]}
 * {"output": [{"text": "…"}, {"function_call": {"name": "f"}}, {"text": "…"}]}
 * {"text": "Once upon a", "incomplete": "max_output_tokens"}
 * {"failed": {"code": "server_error", "message": "…"}}
 * }</pre>
 */
final class OutputDescription {

  /** The members that describe a response; any one of them makes a description a response. */
  static final List<String> MEMBERS = List.of("text", "refusal", "reasoning", "function_calls",
      "output", "incomplete", "failed");
  /** The members that say what to answer (every member here does). */
  static final List<String> ANSWERS = MEMBERS;

  private static final List<String> ITEMS = List.of("text", "refusal", "reasoning",
      "function_call");
  private static final List<String> CALL = List.of("name", "arguments", "call_id");
  private static final List<String> FAILURE = List.of("code", "message");
  private static final List<String> INCOMPLETE_REASONS =
      List.of("max_output_tokens", "content_filter");

  private OutputDescription() {}

  /** The scripted reply the members describe, before faults. */
  static Reply read(JsonMembers members) {
    Reply.Builder builder = Reply.builder();
    Optional<JsonArray> output = members.array("output");
    if (output.isPresent()) {
      for (String shorthand : List.of("text", "refusal", "reasoning", "function_calls")) {
        if (members.has(shorthand)) {
          throw BadAdminRequest.conflict(members.path(shorthand), "'output' lists every item;"
              + " '" + shorthand + "' cannot be given beside it.");
        }
      }
      for (int i = 0; i < output.get().size(); i++) {
        String at = members.path("output") + "[" + i + "]";
        JsonMembers item = JsonMembers.of(output.get().get(i), at, ITEMS);
        if (item.present().size() != 1) {
          throw BadAdminRequest.invalidValue(at, "an output item has exactly one of "
              + String.join(", ", ITEMS) + ".");
        }
        add(builder, item, item.present().iterator().next());
      }
    } else {
      members.string("reasoning").ifPresent(builder::reasoning);
      members.string("text").ifPresent(builder::text);
      members.string("refusal").ifPresent(builder::refusal);
      Optional<JsonArray> calls = members.array("function_calls");
      for (int i = 0; calls.isPresent() && i < calls.get().size(); i++) {
        functionCall(builder, calls.get().get(i), members.path("function_calls") + "[" + i + "]");
      }
    }
    end(builder, members);
    return builder.build();
  }

  private static void add(Reply.Builder builder, JsonMembers item, String kind) {
    if (kind.equals("function_call")) {
      functionCall(builder, item.value(kind).orElseThrow(), item.path(kind));
    } else {
      String text = item.string(kind).orElseThrow();
      switch (kind) {
        case "text" -> builder.text(text);
        case "refusal" -> builder.refusal(text);
        default -> builder.reasoning(text);
      }
    }
  }

  /** {@code {"name": "f", "arguments": {…} or "…", "call_id": "call_1"}}. */
  private static void functionCall(Reply.Builder builder, JsonValue description, String at) {
    JsonMembers call = JsonMembers.of(description, at, CALL);
    String name = call.requiredString("name");
    String arguments = call.value("arguments").map(value -> {
      if (value instanceof JsonString text) {
        return text.getString();
      }
      if (!(value instanceof JsonObject)) {
        throw BadAdminRequest.wrongType(call.path("arguments"),
            "an object or a string of JSON", value);
      }
      return value.toString();
    }).orElse("{}");
    String callId = call.has("call_id") ? call.requiredString("call_id") : null;
    builder.functionCall(name, arguments, callId);
  }

  /** {@code incomplete} or {@code failed}; a response without either completes. */
  private static void end(Reply.Builder builder, JsonMembers members) {
    if (members.has("incomplete") && members.has("failed")) {
      throw BadAdminRequest.conflict(members.path("failed"),
          "A response ends either 'incomplete' or 'failed', not both.");
    }
    Optional<String> incomplete = members.string("incomplete");
    if (incomplete.isPresent()) {
      if (!INCOMPLETE_REASONS.contains(incomplete.get())) {
        throw BadAdminRequest.invalidValue(members.path("incomplete"), "expected one of "
            + String.join(", ", INCOMPLETE_REASONS) + ", but got '"
            + ApiErrors.shown(incomplete.get()) + "'.");
      }
      builder.incomplete(incomplete.get());
    }
    Optional<JsonObject> failed = members.object("failed");
    if (failed.isPresent()) {
      JsonMembers failure = JsonMembers.of(failed.get(), members.path("failed"), FAILURE);
      builder.failed(failure.requiredString("code"), failure.requiredString("message"));
    }
  }
}
