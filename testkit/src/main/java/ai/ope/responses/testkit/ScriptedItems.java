package ai.ope.responses.testkit;

import ai.ope.responses.api.ContentPart;
import ai.ope.responses.api.CustomToolCall;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.LogProb;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.MessageContent;
import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.OutputText;
import ai.ope.responses.api.ReasoningItem;
import ai.ope.responses.api.Refusal;
import ai.ope.responses.api.Role;
import ai.ope.responses.api.SummaryText;
import ai.ope.responses.api.stream.ContentPartAddedEvent;
import ai.ope.responses.api.stream.ContentPartDoneEvent;
import ai.ope.responses.api.stream.CustomToolCallInputDeltaEvent;
import ai.ope.responses.api.stream.CustomToolCallInputDoneEvent;
import ai.ope.responses.api.stream.FunctionCallArgumentsDeltaEvent;
import ai.ope.responses.api.stream.FunctionCallArgumentsDoneEvent;
import ai.ope.responses.api.stream.OutputItemAddedEvent;
import ai.ope.responses.api.stream.OutputItemDoneEvent;
import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.OutputTextDoneEvent;
import ai.ope.responses.api.stream.ReasoningSummaryPartAddedEvent;
import ai.ope.responses.api.stream.ReasoningSummaryPartDoneEvent;
import ai.ope.responses.api.stream.ReasoningSummaryTextDeltaEvent;
import ai.ope.responses.api.stream.ReasoningSummaryTextDoneEvent;
import ai.ope.responses.api.stream.RefusalDeltaEvent;
import ai.ope.responses.api.stream.RefusalDoneEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.List;

/**
 * Renders the output items of a {@link ScriptedResponse}: for each, the events that stream it
 * (added, its parts and deltas, done) appended to the response's events, and the finished item,
 * with the output and reasoning tokens it costs. What the request's {@code include} asks for is
 * added here, so scripted and built-in replies alike honour it: log probabilities on output
 * text (then one delta per token, as the real stream sends them, each with its entry; the
 * {@code content_part.done} part carries none, as recorded), {@code encrypted_content} on
 * reasoning items.
 */
final class ScriptedItems {

  private final List<ResponseStreamEvent> events;
  private final Ids ids;
  private final int chunks;
  private final RenderOptions options;
  private int outputTokens;
  private int reasoningTokens;

  ScriptedItems(List<ResponseStreamEvent> events, Ids ids, int chunks, RenderOptions options) {
    this.events = events;
    this.ids = ids;
    this.chunks = chunks;
    this.options = options;
  }

  int outputTokens() {
    return outputTokens;
  }

  int reasoningTokens() {
    return reasoningTokens;
  }

  /** Streams one item at this output index and returns it finished, with this status. */
  OutputItem render(int index, ScriptedOutput scripted, String status) {
    if (scripted instanceof ScriptedOutput.Text text) {
      return text(index, status, text.text());
    } else if (scripted instanceof ScriptedOutput.Refusal refusal) {
      return refusal(index, status, refusal.refusal());
    } else if (scripted instanceof ScriptedOutput.FunctionCall call) {
      return functionCall(index, status, call);
    } else if (scripted instanceof ScriptedOutput.CustomToolCall call) {
      return customToolCall(index, status, call);
    }
    return reasoning(index, status, (ScriptedOutput.Reasoning) scripted);
  }

  private Message text(int index, String status, String text) {
    String id = started(index);
    events.add(new ContentPartAddedEvent(events.size(), id, index, 0,
        new OutputText("", List.of(), List.of())));
    List<LogProb> logprobs = List.of();
    if (options.logprobs()) {
      List<String> tokens = LogProbs.tokens(text);
      logprobs = LogProbs.of(tokens, options.topLogprobs());
      for (int i = 0; i < tokens.size(); i++) {
        events.add(new OutputTextDeltaEvent(events.size(), id, index, 0, tokens.get(i),
            List.of(logprobs.get(i)), null));
      }
    } else {
      for (String delta : TextChunks.split(text, chunks)) {
        events.add(new OutputTextDeltaEvent(events.size(), id, index, 0, delta, List.of(),
            null));
      }
    }
    events.add(new OutputTextDoneEvent(events.size(), id, index, 0, text, logprobs));
    events.add(new ContentPartDoneEvent(events.size(), id, index, 0,
        new OutputText(text, List.of(), List.of())));
    outputTokens += TokenEstimate.of(text);
    return finished(index, assistant(id, status, new OutputText(text, List.of(), logprobs)));
  }

  private Message refusal(int index, String status, String refusal) {
    String id = started(index);
    events.add(new ContentPartAddedEvent(events.size(), id, index, 0, new Refusal("")));
    for (String delta : TextChunks.split(refusal, chunks)) {
      events.add(new RefusalDeltaEvent(events.size(), id, index, 0, delta, null));
    }
    events.add(new RefusalDoneEvent(events.size(), id, index, 0, refusal));
    events.add(new ContentPartDoneEvent(events.size(), id, index, 0, new Refusal(refusal)));
    outputTokens += TokenEstimate.of(refusal);
    return finished(index, assistant(id, status, new Refusal(refusal)));
  }

  /** The {@code output_item.added} of an assistant message; its id. */
  private String started(int index) {
    String id = ids.next("msg");
    events.add(new OutputItemAddedEvent(events.size(), index,
        new Message("message", id, Role.ASSISTANT, new MessageContent.Parts(List.of()),
            "in_progress", null)));
    return id;
  }

  private static Message assistant(String id, String status, ContentPart part) {
    return new Message("message", id, Role.ASSISTANT, new MessageContent.Parts(List.of(part)),
        status, null);
  }

  private FunctionCall functionCall(int index, String status, ScriptedOutput.FunctionCall call) {
    String id = ids.next("fc");
    String callId = call.callId() != null ? call.callId() : ids.next("call");
    events.add(new OutputItemAddedEvent(events.size(), index,
        new FunctionCall(id, callId, null, call.name(), "", "in_progress", null, null)));
    for (String delta : TextChunks.split(call.arguments(), chunks)) {
      events.add(new FunctionCallArgumentsDeltaEvent(events.size(), id, index, delta, null));
    }
    events.add(new FunctionCallArgumentsDoneEvent(
        events.size(), id, index, call.name(), call.arguments()));
    outputTokens += TokenEstimate.of(call.arguments());
    return finished(index,
        new FunctionCall(id, callId, null, call.name(), call.arguments(), status, null, null));
  }

  private CustomToolCall customToolCall(int index, String status,
      ScriptedOutput.CustomToolCall call) {
    String id = ids.next("ctc");
    String callId = call.callId() != null ? call.callId() : ids.next("call");
    events.add(new OutputItemAddedEvent(events.size(), index,
        new CustomToolCall(id, callId, null, call.name(), "", "in_progress", null, null)));
    for (String delta : TextChunks.split(call.input(), chunks)) {
      events.add(new CustomToolCallInputDeltaEvent(events.size(), id, index, delta, null));
    }
    events.add(new CustomToolCallInputDoneEvent(events.size(), id, index, call.input()));
    outputTokens += TokenEstimate.of(call.input());
    return finished(index,
        new CustomToolCall(id, callId, null, call.name(), call.input(), status, null, null));
  }

  private ReasoningItem reasoning(int index, String status,
      ScriptedOutput.Reasoning reasoning) {
    String id = ids.next("rs");
    String summary = reasoning.summary();
    String encrypted = options.encryptedReasoning()
        ? OpaqueContent.of("reasoning", summary, Integer.toString(reasoning.hiddenTokens()))
        : null;
    // the real server leaves status out of reasoning items, but for one cut short
    String itemStatus = status.equals("incomplete") ? status : null;
    events.add(new OutputItemAddedEvent(events.size(), index,
        new ReasoningItem(id, List.of(), null, encrypted, null)));
    List<SummaryText> parts = List.of();
    if (summary != null) {
      events.add(new ReasoningSummaryPartAddedEvent(
          events.size(), id, index, 0, new SummaryText("")));
      for (String delta : TextChunks.split(summary, chunks)) {
        events.add(new ReasoningSummaryTextDeltaEvent(events.size(), id, index, 0, delta, null));
      }
      events.add(new ReasoningSummaryTextDoneEvent(events.size(), id, index, 0, summary));
      SummaryText part = new SummaryText(summary);
      events.add(new ReasoningSummaryPartDoneEvent(events.size(), id, index, 0, part, null));
      parts = List.of(part);
    }
    int tokens = TokenEstimate.of(summary) + reasoning.hiddenTokens();
    outputTokens += tokens;
    reasoningTokens += tokens;
    return finished(index, new ReasoningItem(id, parts, null, encrypted, itemStatus));
  }

  private <T extends OutputItem> T finished(int index, T item) {
    events.add(new OutputItemDoneEvent(events.size(), index, item));
    return item;
  }
}
