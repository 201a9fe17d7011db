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
 * from 0, consistent output and content indexes, and usage. The items themselves are rendered
 * by {@link ScriptedItems}, with what the request's {@code include} asks for.
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
    ScriptedItems items = new ScriptedItems(events, ids, reply.chunks,
        RenderOptions.of(request));
    for (int i = 0; i < reply.outputs.size(); i++) {
      boolean last = i == reply.outputs.size() - 1;
      String itemStatus = last && reply.endStatus.equals("incomplete") ? "incomplete" : "completed";
      output.add(items.render(i, reply.outputs.get(i), itemStatus));
    }
    outputTokens = items.outputTokens();
    reasoningTokens = items.reasoningTokens();
    Response last = terminal();
    return new Rendered(last, List.copyOf(events));
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
        .topLogprobs(orDefault(request.topLogprobs(), 0))
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
