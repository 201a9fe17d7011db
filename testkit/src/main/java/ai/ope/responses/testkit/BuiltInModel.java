package ai.ope.responses.testkit;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.CustomTool;
import ai.ope.responses.api.FunctionTool;
import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.TextFormat;
import ai.ope.responses.api.Tool;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The "model" that answers create requests nothing scripted or recorded answers (the
 * {@link FakeResponsesServer.Fallback#MODEL} fallback): deterministic for a given request (the
 * same body gets the same content; ids differ), and honouring what it asks for.
 *
 * <ol>
 *   <li>A reasoning item first when {@code reasoning} is set with an effort other than
 *       {@code none} ({@link ModelReasoning}).
 *   <li>An input that ends with tool results gets a text answer that reports them
 *       ({@code get_weather returned {"temp":21}.}), whatever {@code tool_choice} says.
 *   <li>Otherwise the tools {@link ToolPlan} picks are called, with arguments generated from
 *       their {@code parameters} ({@link SchemaExample}).
 *   <li>Otherwise a text answer: {@code You said: <last user message>}.
 * </ol>
 *
 * <p>A text answer follows {@code text.format}: JSON valid against a {@code json_schema} (values
 * borrowing from the conversation), or {@code {"answer": <the plain answer>}} for
 * {@code json_object}. Then {@code max_output_tokens} cuts the whole ({@link OutputBudget}); the
 * request's {@code include} (log probabilities, encrypted reasoning) is honoured when the reply
 * is rendered, as for scripted replies.
 */
final class BuiltInModel {

  /** Deltas per streamed string: enough to look like a stream, few enough to read. */
  private static final int CHUNKS = 8;

  private final ResponseStore store;

  BuiltInModel(ResponseStore store) {
    this.store = store;
  }

  /** The reply to a valid create request. */
  Reply reply(RecordedRequest recorded) {
    CreateResponseRequest request;
    try {
      request = recorded.bodyAs(CreateResponseRequest.class);
    } catch (ResponsesJsonException unreadable) {
      return Reply.text("You said: "); // validation refuses such bodies before they get here
    }
    ModelTurn turn = ModelTurn.of(request, store);
    List<ScriptedOutput> answer = answer(request, turn);
    List<ScriptedOutput> planned = new ArrayList<>();
    ModelReasoning.of(request, turn, answer).ifPresent(planned::add);
    planned.addAll(answer);
    return OutputBudget.reply(planned, request.maxOutputTokens(), CHUNKS);
  }

  private List<ScriptedOutput> answer(CreateResponseRequest request, ModelTurn turn) {
    if (!turn.toolResults().isEmpty()) {
      return List.of(new ScriptedOutput.Text(formatted(request, turn, results(turn))));
    }
    List<ScriptedOutput> calls = new ArrayList<>();
    ExampleHints hints = ExampleHints.of(turn.lastUserText(), turn.lastUserText());
    for (Tool tool : ToolPlan.calls(request, turn.lastUserText())) {
      if (tool instanceof FunctionTool function) {
        JsonValue parameters = function.parameters() != null ? function.parameters()
            : JsonValue.EMPTY_JSON_OBJECT;
        calls.add(new ScriptedOutput.FunctionCall(function.name(),
            SchemaExample.of(parameters, hints).toString(), null));
      } else {
        CustomTool custom = (CustomTool) tool;
        calls.add(new ScriptedOutput.CustomToolCall(custom.name(),
            CustomInput.of(custom.format(), turn.lastUserText()), null));
      }
    }
    if (!calls.isEmpty()) {
      return calls;
    }
    return List.of(new ScriptedOutput.Text(
        formatted(request, turn, "You said: " + turn.lastUserText())));
  }

  /** The plain answer as {@code text.format} wants it. */
  private static String formatted(CreateResponseRequest request, ModelTurn turn, String plain) {
    TextFormat format = request.text() == null ? null : request.text().format();
    if (format instanceof TextFormat.JsonSchema schema) {
      JsonValue root = schema.schema() != null ? schema.schema() : JsonValue.EMPTY_JSON_OBJECT;
      return SchemaExample.of(root, ExampleHints.of(turn.hintText(), plain)).toString();
    }
    if (format instanceof TextFormat.JsonObjectMode) {
      return Json.PROVIDER.createObjectBuilder().add("answer", plain).build().toString();
    }
    return plain;
  }

  /** {@code get_weather returned {"temp":21}.}, one sentence per result. */
  private static String results(ModelTurn turn) {
    StringBuilder text = new StringBuilder();
    for (ModelTurn.ToolResult result : turn.toolResults()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(result.name() != null ? result.name() : "The call " + result.callId())
          .append(" returned ").append(result.output()).append('.');
    }
    return text.toString();
  }
}
