package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the real API differs from the OpenAPI document, the few edits that make the fake answer
 * as the API does, each with what proves it. Most loosen a schema that is stricter than the
 * server (never refuse what the API accepted); the others add a limit the API enforces that the
 * document states only in prose or not at all.
 */
final class SchemaOverrides {

  private SchemaOverrides() {}

  /** The components with the overrides applied. */
  static JsonObject apply(JsonObject schemas) {
    Map<String, JsonValue> edited = new TreeMap<>(schemas);
    // The limits Metadata's own description states (16 pairs, keys up to 64 characters, values
    // up to 512), which its schema leaves out.
    edited.put("Metadata", parse("{\"anyOf\":[{\"type\":\"object\",\"maxProperties\":16,"
        + "\"propertyNames\":{\"type\":\"string\",\"maxLength\":64},"
        + "\"additionalProperties\":{\"type\":\"string\",\"maxLength\":512}},{\"type\":\"null\"}]}"));
    // A function tool's name: the API refuses names outside this pattern ("Invalid
    // 'tools[0].name': string does not match pattern...", code invalid_value, in public reports
    // such as openai/openai-dotnet#441); the document states it only for namespaced functions.
    edited.put("FunctionTool", with(edited.get("FunctionTool"),
        List.of("properties", "name", "pattern"), Json.PROVIDER.createValue("^[a-zA-Z0-9_-]+$")));
    // strict is required (nullable) in the document; accepted without it (corpus
    // 048_simonw-llm_..._interleaved_reasoning..., 050, 054, 072 and the spec example
    // create-functions).
    edited.put("FunctionTool", optional(edited.get("FunctionTool"), "strict"));
    // detail is required on a message's input_image in the document; accepted without it
    // (corpus 080_openai-dotnet_GetInputItemsWithMultiPartPagination_i0, 103 and the spec
    // example create-image-input).
    edited.put("InputImageContent", optional(edited.get("InputImageContent"), "detail"));
    // Replayed assistant text without logprobs (corpus 021_pydantic-ai_..._code_execution...,
    // 034) or annotations (corpus 082_openai-dotnet_CanCompactConversation_i1): accepted.
    edited.put("OutputTextContent",
        optional(edited.get("OutputTextContent"), "annotations", "logprobs"));
    // A user, system or developer message with its id: the compact endpoint's output carries
    // such messages (corpus 082_openai-dotnet_CanCompactConversation_i1's answer), and its
    // documented use is to send that output back as the next create's input; input-item
    // listings show them the same way.
    edited.put("InputMessage", with(edited.get("InputMessage"), List.of("properties", "id"),
        parse("{\"type\":\"string\"}")));
    AssistantMessages.apply(edited);
    JsonObjectBuilder result = Json.PROVIDER.createObjectBuilder();
    edited.forEach(result::add);
    return result.build();
  }

  static JsonValue parse(String json) {
    return Json.PROVIDER.createReader(new StringReader(json)).readValue();
  }

  /** A schema object whose {@code required} list no longer names these members. */
  static JsonValue optional(JsonValue schema, String... members) {
    JsonArrayBuilder required = Json.PROVIDER.createArrayBuilder();
    for (JsonValue name : schema.asJsonObject().getJsonArray("required")) {
      if (!List.of(members).contains(((JsonString) name).getString())) {
        required.add(name);
      }
    }
    return with(schema, List.of("required"), required.build());
  }

  /** A copy of a JSON value with the value at this path (of member names) set. */
  static JsonValue with(JsonValue node, List<String> path, JsonValue value) {
    if (path.isEmpty()) {
      return value;
    }
    String step = path.get(0);
    List<String> rest = path.subList(1, path.size());
    if (node instanceof JsonArray array) {
      int index = Integer.parseInt(step);
      JsonArrayBuilder copy = Json.PROVIDER.createArrayBuilder(array);
      return copy.set(index, with(array.get(index), rest, value)).build();
    }
    JsonObject object = node == null ? JsonValue.EMPTY_JSON_OBJECT : node.asJsonObject();
    JsonObjectBuilder copy = Json.PROVIDER.createObjectBuilder(object);
    return copy.add(step, with(object.get(step), rest, value)).build();
  }
}
