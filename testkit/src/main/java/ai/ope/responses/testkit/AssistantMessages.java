package ai.ope.responses.testkit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The override for assistant messages in {@code input}. The document lets an easy message of
 * any role carry {@code input_text} parts and requires {@code id}, {@code status} and
 * {@code type} of a replayed assistant message; the API does neither. Since October 2025 it
 * refuses input parts in an assistant message ("Invalid value: 'input_text'. Supported values
 * are: 'output_text' and 'refusal'.", widely reported, e.g. in the OpenAI community forum and
 * NousResearch/hermes-agent#15687), and takes {@code {"role":"assistant","content":[{"type":
 * "output_text","text":"…"}]}} with no id, status or type (the fix those reports give).
 *
 * <p>So an easy message is for the user, system and developer roles; an assistant's easy message
 * has string content; an assistant's content parts are checked as an output message's, whose
 * {@code id}, {@code status} and {@code type} become optional. An assistant's part of another
 * type is reported at the part, not at its {@code type} ({@code "param":"input[4].content[0]"},
 * lobehub/lobehub#9501), unlike an unknown type elsewhere ({@code input[44].action.type},
 * openai/codex#7085).
 */
final class AssistantMessages {

  static final String EASY_ASSISTANT = "EasyInputMessage.assistant";

  private AssistantMessages() {}

  static void apply(Map<String, JsonValue> schemas) {
    JsonValue easy = schemas.get("EasyInputMessage");
    schemas.put("EasyInputMessage", SchemaOverrides.with(easy, List.of("properties", "role",
        "enum"), SchemaOverrides.parse("[\"user\",\"system\",\"developer\"]")));
    JsonValue assistant = SchemaOverrides.with(easy, List.of("properties", "role", "enum"),
        SchemaOverrides.parse("[\"assistant\"]"));
    schemas.put(EASY_ASSISTANT, SchemaOverrides.with(assistant,
        List.of("properties", "content"), SchemaOverrides.parse("{\"type\":\"string\"}")));
    // the assistant's easy message goes right after the other one, among the input items
    JsonValue items = schemas.get("InputItem");
    List<JsonValue> branches = new ArrayList<>(items.asJsonObject()
        .getJsonArray("oneOf"));
    branches.add(1, SchemaOverrides.parse("{\"$ref\":\"#/components/schemas/" + EASY_ASSISTANT
        + "\"}"));
    JsonArrayBuilder oneOf = Json.PROVIDER.createArrayBuilder();
    branches.forEach(oneOf::add);
    schemas.put("InputItem", SchemaOverrides.with(items, List.of("oneOf"), oneOf.build()));
    schemas.put("OutputMessage",
        SchemaOverrides.optional(schemas.get("OutputMessage"), "id", "status", "type"));
    schemas.put("OutputMessageContent", SchemaOverrides.with(schemas.get("OutputMessageContent"),
        List.of(SchemaCompiler.UNKNOWN_TYPE_AT_VALUE), JsonValue.TRUE));
  }
}
