package ai.ope.responses.testkit;

import ai.ope.responses.api.ContentPart;
import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.CustomToolCall;
import ai.ope.responses.api.CustomToolCallOutput;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.FunctionCallOutput;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.InputText;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.Role;
import ai.ope.responses.api.ToolOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the built-in model reads of a create request: the last user message of the conversation
 * (this input, else the stored inputs along {@code previous_response_id}), and the tool results
 * the input ends with, each with the name of the tool whose call it answers (the result's own
 * {@code name}, else the call with its {@code call_id} in this input or in a stored response of
 * the chain). Other items (reasoning, compaction, assistant messages) are read past.
 *
 * @param lastUserText the text of the last user message, empty when there is none
 * @param toolResults the results the input ends with, in order; empty when it ends otherwise
 */
record ModelTurn(String lastUserText, List<ToolResult> toolResults) {

  /**
   * One tool result.
   *
   * @param name the tool, or null when no call with its id is known
   * @param callId the call it answers
   * @param output its output as text
   */
  record ToolResult(String name, String callId, String output) {}

  ModelTurn {
    toolResults = List.copyOf(toolResults);
  }

  static ModelTurn of(CreateResponseRequest request, ResponseStore store) {
    List<List<InputItem>> conversation = new ArrayList<>();
    conversation.add(request.input() == null ? List.of() : request.input().items());
    for (ResponseStore.Entry entry : store.chain(request.previousResponseId())) {
      List<InputItem> items = new ArrayList<>(entry.inputItems());
      items.addAll(entry.response().output());
      conversation.add(items);
    }
    return new ModelTurn(lastUserText(conversation), toolResults(conversation));
  }

  /** The conversation's text that values may borrow from: the message and the results. */
  String hintText() {
    StringBuilder text = new StringBuilder(lastUserText);
    toolResults.forEach(result -> text.append('\n').append(result.output()));
    return text.toString();
  }

  private static String lastUserText(List<List<InputItem>> conversation) {
    for (List<InputItem> items : conversation) {
      for (int i = items.size() - 1; i >= 0; i--) {
        if (items.get(i) instanceof Message message && Role.USER.equals(message.role())) {
          return message.text();
        }
      }
    }
    return "";
  }

  private static List<ToolResult> toolResults(List<List<InputItem>> conversation) {
    List<InputItem> input = conversation.get(0);
    int start = input.size();
    while (start > 0 && (input.get(start - 1) instanceof FunctionCallOutput
        || input.get(start - 1) instanceof CustomToolCallOutput)) {
      start--;
    }
    if (start == input.size()) {
      return List.of();
    }
    Map<String, String> names = new HashMap<>();
    for (int i = conversation.size() - 1; i >= 0; i--) {
      for (InputItem item : conversation.get(i)) {
        if (item instanceof FunctionCall call && call.callId() != null) {
          names.put(call.callId(), call.name());
        } else if (item instanceof CustomToolCall call && call.callId() != null) {
          names.put(call.callId(), call.name());
        }
      }
    }
    List<ToolResult> results = new ArrayList<>();
    for (InputItem item : input.subList(start, input.size())) {
      if (item instanceof FunctionCallOutput output) {
        String name = output.name() != null ? output.name() : names.get(output.callId());
        results.add(new ToolResult(name, output.callId(), text(output.output())));
      } else {
        CustomToolCallOutput output = (CustomToolCallOutput) item;
        results.add(new ToolResult(names.get(output.callId()), output.callId(),
            text(output.output())));
      }
    }
    return results;
  }

  private static String text(ToolOutput output) {
    if (output instanceof ToolOutput.Text text) {
      return text.text() == null ? "" : text.text();
    }
    if (!(output instanceof ToolOutput.Parts parts)) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (ContentPart part : parts.parts()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(part instanceof InputText input ? input.text() : "[" + part.type() + "]");
    }
    return text.toString();
  }
}
