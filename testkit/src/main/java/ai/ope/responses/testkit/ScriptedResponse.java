package ai.ope.responses.testkit;

import ai.ope.responses.api.ContentPart;
import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.IncompleteDetails;
import ai.ope.responses.api.Input;
import ai.ope.responses.api.InputTokensDetails;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.MessageContent;
import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.OutputText;
import ai.ope.responses.api.OutputTokensDetails;
import ai.ope.responses.api.ReasoningItem;
import ai.ope.responses.api.Refusal;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponseError;
import ai.ope.responses.api.Role;
import ai.ope.responses.api.SummaryText;
import ai.ope.responses.api.TextConfig;
import ai.ope.responses.api.TextFormat;
import ai.ope.responses.api.ToolChoice;
import ai.ope.responses.api.Usage;
import ai.ope.responses.api.stream.ContentPartAddedEvent;
import ai.ope.responses.api.stream.ContentPartDoneEvent;
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
import ai.ope.responses.api.stream.ResponseCompletedEvent;
import ai.ope.responses.api.stream.ResponseCreatedEvent;
import ai.ope.responses.api.stream.ResponseFailedEvent;
import ai.ope.responses.api.stream.ResponseInProgressEvent;
import ai.ope.responses.api.stream.ResponseIncompleteEvent;
import ai.ope.responses.api.stream.ResponseQueuedEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a scripted {@link Reply} into what the real server would send for a request: the final
 * {@link Response} and the protocol-exact event sequence that builds it (created, in progress,
 * each item added, its parts and deltas, done, then the terminal event), with sequence numbers
 * from 0, consistent output and content indexes, and usage.
 */
final class ScriptedResponse {

  /** The final response and the events of its stream. */
  record Rendered(Response response, List<ResponseStreamEvent> events) {}

  private final Reply reply;
  private final CreateResponseRequest request;
  private final Ids ids;
  private final List<ResponseStreamEvent> events = new ArrayList<>();
  private final List<OutputItem> output = new ArrayList<>();
  private final String responseId;
  private final double createdAt;
  private final Clock clock;
  private int outputTokens;
  private int reasoningTokens;

  private ScriptedResponse(Reply reply, CreateResponseRequest request, Ids ids, Clock clock) {
    this.reply = reply;
    this.request = request;
    this.ids = ids;
    this.clock = clock;
    this.responseId = ids.next("resp");
    this.createdAt = clock.millis() / 1000;
  }

  /** Renders a scripted reply to a create request. */
  static Rendered render(Reply reply, CreateResponseRequest request, Ids ids, Clock clock) {
    return new ScriptedResponse(reply, request, ids, clock).render();
  }

  private Rendered render() {
    boolean background = Boolean.TRUE.equals(request.background());
    Response start = snapshot(background ? "queued" : "in_progress", List.of()).build();
    events.add(new ResponseCreatedEvent(events.size(), start));
    if (background) {
      events.add(new ResponseQueuedEvent(events.size(), start));
    }
    events.add(new ResponseInProgressEvent(events.size(),
        snapshot("in_progress", List.of()).build()));
    for (int i = 0; i < reply.outputs.size(); i++) {
      boolean last = i == reply.outputs.size() - 1;
      String itemStatus = last && reply.endStatus.equals("incomplete") ? "incomplete" : "completed";
      ScriptedOutput scripted = reply.outputs.get(i);
      if (scripted instanceof ScriptedOutput.Text text) {
        message(i, itemStatus, new OutputText("", List.of(), List.of()),
            new OutputText(text.text(), List.of(), List.of()));
      } else if (scripted instanceof ScriptedOutput.Refusal refusal) {
        message(i, itemStatus, new Refusal(""), new Refusal(refusal.refusal()));
      } else if (scripted instanceof ScriptedOutput.FunctionCall call) {
        functionCall(i, itemStatus, call);
      } else {
        reasoning(i, ((ScriptedOutput.Reasoning) scripted).summary());
      }
    }
    Response last = terminal();
    return new Rendered(last, List.copyOf(events));
  }

  private void message(int index, String status, ContentPart emptyPart, ContentPart part) {
    String id = ids.next("msg");
    events.add(new OutputItemAddedEvent(events.size(), index,
        assistant(id, "in_progress", List.of())));
    events.add(new ContentPartAddedEvent(events.size(), id, index, 0, emptyPart));
    String text = part instanceof OutputText outputText
        ? outputText.text() : ((Refusal) part).refusal();
    for (String delta : TextChunks.split(text, reply.chunks)) {
      events.add(part instanceof OutputText
          ? new OutputTextDeltaEvent(events.size(), id, index, 0, delta, List.of(), null)
          : new RefusalDeltaEvent(events.size(), id, index, 0, delta, null));
    }
    events.add(part instanceof OutputText
        ? new OutputTextDoneEvent(events.size(), id, index, 0, text, List.of())
        : new RefusalDoneEvent(events.size(), id, index, 0, text));
    events.add(new ContentPartDoneEvent(events.size(), id, index, 0, part));
    Message done = assistant(id, status, List.of(part));
    events.add(new OutputItemDoneEvent(events.size(), index, done));
    output.add(done);
    outputTokens += TokenEstimate.of(text);
  }

  private static Message assistant(String id, String status, List<ContentPart> content) {
    return new Message("message", id, Role.ASSISTANT, new MessageContent.Parts(content), status,
        null);
  }

  private void functionCall(int index, String status, ScriptedOutput.FunctionCall call) {
    String id = ids.next("fc");
    String callId = call.callId() != null ? call.callId() : ids.next("call");
    events.add(new OutputItemAddedEvent(events.size(), index,
        new FunctionCall(id, callId, null, call.name(), "", "in_progress", null, null)));
    for (String delta : TextChunks.split(call.arguments(), reply.chunks)) {
      events.add(new FunctionCallArgumentsDeltaEvent(events.size(), id, index, delta, null));
    }
    events.add(new FunctionCallArgumentsDoneEvent(
        events.size(), id, index, call.name(), call.arguments()));
    FunctionCall done =
        new FunctionCall(id, callId, null, call.name(), call.arguments(), status, null, null);
    events.add(new OutputItemDoneEvent(events.size(), index, done));
    output.add(done);
    outputTokens += TokenEstimate.of(call.arguments());
  }

  private void reasoning(int index, String summary) {
    String id = ids.next("rs");
    events.add(new OutputItemAddedEvent(events.size(), index,
        new ReasoningItem(id, List.of(), null, null, null)));
    events.add(new ReasoningSummaryPartAddedEvent(
        events.size(), id, index, 0, new SummaryText("")));
    for (String delta : TextChunks.split(summary, reply.chunks)) {
      events.add(new ReasoningSummaryTextDeltaEvent(events.size(), id, index, 0, delta, null));
    }
    events.add(new ReasoningSummaryTextDoneEvent(events.size(), id, index, 0, summary));
    SummaryText part = new SummaryText(summary);
    events.add(new ReasoningSummaryPartDoneEvent(events.size(), id, index, 0, part, null));
    ReasoningItem done = new ReasoningItem(id, List.of(part), null, null, null);
    events.add(new OutputItemDoneEvent(events.size(), index, done));
    output.add(done);
    int tokens = TokenEstimate.of(summary);
    outputTokens += tokens;
    reasoningTokens += tokens;
  }

  private Response terminal() {
    Response.Builder last = snapshot(reply.endStatus, output);
    switch (reply.endStatus) {
      case "incomplete":
        last.incompleteDetails(new IncompleteDetails(reply.incompleteReason)).usage(usage());
        Response incomplete = last.build();
        events.add(new ResponseIncompleteEvent(events.size(), incomplete));
        return incomplete;
      case "failed":
        last.error(new ResponseError(reply.failureCode, reply.failureMessage));
        Response failed = last.build();
        events.add(new ResponseFailedEvent(events.size(), failed));
        return failed;
      default:
        last.completedAt((double) (clock.millis() / 1000)).usage(usage());
        Response completed = last.build();
        events.add(new ResponseCompletedEvent(events.size(), completed));
        return completed;
    }
  }

  private Usage usage() {
    int input = TokenEstimate.input(request);
    return new Usage(input, new InputTokensDetails(0, 0), outputTokens,
        new OutputTokensDetails(reasoningTokens), input + outputTokens);
  }

  /**
   * The response as the server shows it at some point: request options echoed, defaults filled
   * in, and the members a real server sends as explicit nulls.
   */
  private Response.Builder snapshot(String status, List<OutputItem> items) {
    Response.Builder builder = Response.builder()
        .id(responseId)
        .object("response")
        .createdAt(createdAt)
        .status(status)
        .background(Boolean.TRUE.equals(request.background()))
        .model(request.model())
        .output(List.copyOf(items))
        .parallelToolCalls(orDefault(request.parallelToolCalls(), true))
        .store(orDefault(request.store(), true))
        .temperature(orDefault(request.temperature(), 1.0))
        .topP(orDefault(request.topP(), 1.0))
        .toolChoice(request.toolChoice() != null ? request.toolChoice() : ToolChoice.AUTO)
        .tools(request.tools() != null ? request.tools() : List.of())
        .text(request.text() != null ? request.text()
            : new TextConfig(new TextFormat.PlainText(), "medium"))
        .truncation(request.truncation() != null ? request.truncation() : "disabled")
        .serviceTier(request.serviceTier() != null ? request.serviceTier() : "default")
        .metadata(request.metadata() != null ? request.metadata() : Map.of())
        .maxOutputTokens(request.maxOutputTokens())
        .maxToolCalls(request.maxToolCalls())
        .previousResponseId(request.previousResponseId())
        .promptCacheKey(request.promptCacheKey())
        .safetyIdentifier(request.safetyIdentifier())
        .user(request.user())
        .reasoning(request.reasoning())
        .conversation(request.conversation())
        .instructions(request.instructions() == null ? null : Input.of(request.instructions()));
    for (String member : List.of("error", "incomplete_details", "instructions",
        "max_output_tokens", "max_tool_calls", "previous_response_id", "prompt_cache_key",
        "safety_identifier", "usage", "user")) {
      builder.explicitNull(member);
    }
    if (request.reasoning() == null) {
      builder.extra("reasoning", Json.PROVIDER.createObjectBuilder()
          .add("effort", JsonValue.NULL).add("summary", JsonValue.NULL).build());
    }
    return builder;
  }

  private static <T> T orDefault(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
