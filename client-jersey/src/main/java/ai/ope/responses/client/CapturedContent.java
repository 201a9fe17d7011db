package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.Input;
import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import io.opentelemetry.api.common.AttributesBuilder;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The messages of a call as the GenAI conventions record them when content capture is on
 * ({@code gen_ai.input.messages}, {@code gen_ai.system_instructions},
 * {@code gen_ai.output.messages}, JSON text): a text input as one user message of one text
 * part; the answer as one assistant message of its text and a {@code tool_call} part (id, name,
 * arguments) per function call; an input of items as their Responses API JSON, in one part of
 * type {@code items}, as the conventions' message shape has no equivalent for every item type.
 */
final class CapturedContent {

  private CapturedContent() {}

  static void request(ClientCall call, AttributesBuilder attributes) {
    if (!(call.request().orElse(null) instanceof CreateResponseRequest create)) {
      return;
    }
    if (create.instructions() != null) {
      attributes.put(GenAiAttributes.SYSTEM_INSTRUCTIONS, Json.createArrayBuilder()
          .add(textPart(create.instructions())).build().toString());
    }
    if (create.input() instanceof Input.Text text) {
      attributes.put(GenAiAttributes.INPUT_MESSAGES, messages("user",
          textPart(text.text()), null));
    } else if (create.input() != null) {
      JsonObjectBuilder items = Json.createObjectBuilder().add("type", "items")
          .add("content", ResponsesJson.toJson(create.input()));
      attributes.put(GenAiAttributes.INPUT_MESSAGES, messages("user", items, null));
    }
  }

  /** The answer's text, and each function call as a {@code tool_call} part. */
  static void response(Response response, AttributesBuilder attributes) {
    JsonArrayBuilder parts = Json.createArrayBuilder();
    String text = response.outputText();
    if (!text.isEmpty() || response.output() == null) {
      parts.add(textPart(text));
    }
    if (response.output() != null) {
      for (OutputItem item : response.output()) {
        if (item instanceof FunctionCall call) {
          parts.add(Json.createObjectBuilder().add("type", "tool_call")
              .add("id", String.valueOf(call.callId())).add("name", String.valueOf(call.name()))
              .add("arguments", String.valueOf(call.arguments())));
        }
      }
    }
    attributes.put(GenAiAttributes.OUTPUT_MESSAGES, messages("assistant", parts,
        GenAiAttributes.finishReason(response)));
  }

  private static JsonObjectBuilder textPart(String text) {
    return Json.createObjectBuilder().add("type", "text").add("content", text);
  }

  private static String messages(String role, JsonObjectBuilder part, String finishReason) {
    return messages(role, Json.createArrayBuilder().add(part), finishReason);
  }

  private static String messages(String role, JsonArrayBuilder parts, String finishReason) {
    JsonObjectBuilder message = Json.createObjectBuilder().add("role", role)
        .add("parts", parts);
    if (finishReason != null) {
      message.add("finish_reason", finishReason);
    }
    JsonArrayBuilder messages = Json.createArrayBuilder().add(message);
    return messages.build().toString();
  }
}
