package ai.ope.responses.api.stream;

import ai.ope.responses.api.Annotation;
import ai.ope.responses.api.CodeInterpreterCall;
import ai.ope.responses.api.ContentPart;
import ai.ope.responses.api.CustomToolCall;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.LogProb;
import ai.ope.responses.api.McpCall;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.MessageContent;
import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.OutputText;
import ai.ope.responses.api.ReasoningItem;
import ai.ope.responses.api.ReasoningText;
import ai.ope.responses.api.Refusal;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.SummaryText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rebuilds a {@link Response} from the events of its stream, at any moment.
 *
 * <p>Each event is folded in as it arrives: items from {@code output_item.added/done}, message
 * parts and their text, refusals, annotations and log probabilities, function-call arguments,
 * custom-tool input, reasoning summaries and text, code-interpreter code, MCP arguments; the
 * lifecycle events give the response's other members. {@link #textSoFar()} is the output text
 * received so far; {@link #partialResponse()} is the response as far as the stream went, which is
 * what a caller keeps when a stream ends early. Once a terminal event arrives its response is
 * the {@linkplain #finalResponse() final response}: the server's word wins over the rebuild.
 *
 * <p>Sequence numbers are checked: a jump (events lost on the way) is recorded in
 * {@link #sequenceGaps()}. Events of types it does not know are counted, not lost: the stream
 * delivers them to the caller.
 *
 * <p>Not thread-safe: feed it from the thread that reads the stream.
 */
public final class ResponseAccumulator {

  private final TreeMap<Integer, ItemState> items = new TreeMap<>();
  private Integer lastItemIndex;
  private ItemState lastItem;
  private Response snapshot;
  private Response terminal;
  private Integer lastSequenceNumber;
  private final List<String> gaps = new ArrayList<>();
  private int events;

  /** An accumulator that has seen no event yet. */
  public ResponseAccumulator() {}

  /**
   * Folds one event in.
   *
   * @param event the next event of the stream
   */
  public void accept(ResponseStreamEvent event) {
    events++;
    checkSequence(event.sequenceNumber());
    if (event instanceof ResponseLifecycleEvent lifecycle) {
      snapshot = lifecycle.response();
      if (lifecycle.isTerminal()) {
        terminal = lifecycle.response();
      }
    } else if (event instanceof OutputItemAddedEvent added) {
      item(added.outputIndex()).added(added.item());
    } else if (event instanceof OutputItemDoneEvent done) {
      item(done.outputIndex()).done = done.item();
    } else if (event instanceof ContentPartAddedEvent part) {
      item(part.outputIndex()).part(part.contentIndex()).start(part.part());
    } else if (event instanceof ContentPartDoneEvent part) {
      item(part.outputIndex()).part(part.contentIndex()).done = part.part();
    } else if (event instanceof OutputTextDeltaEvent text) {
      PartState part = item(text.outputIndex()).part(text.contentIndex());
      part.text.append(text.delta());
      if (text.logprobs() != null) {
        part.logprobs.addAll(text.logprobs());
      }
    } else if (event instanceof OutputTextAnnotationAddedEvent annotation) {
      if (annotation.annotation() != null) {
        item(annotation.outputIndex()).part(annotation.contentIndex()).annotations
            .add(annotation.annotation());
      }
    } else if (event instanceof RefusalDeltaEvent refusal) {
      PartState part = item(refusal.outputIndex()).part(refusal.contentIndex());
      part.refusal = true;
      part.text.append(refusal.delta());
    } else {
      acceptToolOrReasoning(event);
    }
  }

  private void acceptToolOrReasoning(ResponseStreamEvent event) {
    if (event instanceof FunctionCallArgumentsDeltaEvent arguments) {
      item(arguments.outputIndex()).arguments.append(arguments.delta());
    } else if (event instanceof CustomToolCallInputDeltaEvent input) {
      item(input.outputIndex()).arguments.append(input.delta());
    } else if (event instanceof McpCallArgumentsDeltaEvent arguments) {
      item(arguments.outputIndex()).arguments.append(arguments.delta());
    } else if (event instanceof CodeInterpreterCallCodeDeltaEvent code) {
      item(code.outputIndex()).arguments.append(code.delta());
    } else if (event instanceof ReasoningSummaryTextDeltaEvent summary) {
      item(summary.outputIndex()).summary(summary.summaryIndex()).append(summary.delta());
    } else if (event instanceof ReasoningTextDeltaEvent reasoning) {
      PartState part = item(reasoning.outputIndex()).part(reasoning.contentIndex());
      part.reasoning = true;
      part.text.append(reasoning.delta());
    }
  }

  private void checkSequence(Integer sequenceNumber) {
    if (sequenceNumber == null) {
      return;
    }
    if (lastSequenceNumber != null && sequenceNumber != lastSequenceNumber + 1) {
      gaps.add("after " + lastSequenceNumber + " came " + sequenceNumber);
    }
    lastSequenceNumber = sequenceNumber;
  }

  private ItemState item(Integer outputIndex) {
    // Deltas come in long runs for one item: the last one found is checked before the map.
    if (outputIndex != null && outputIndex.equals(lastItemIndex)) {
      return lastItem;
    }
    ItemState item = items.computeIfAbsent(outputIndex == null ? items.size() : outputIndex,
        index -> new ItemState());
    if (outputIndex != null) {
      lastItemIndex = outputIndex;
      lastItem = item;
    }
    return item;
  }

  /**
   * The output text received so far: the text of every {@code output_text} part of every message,
   * in output order, like {@link Response#outputText()}.
   *
   * @return the text; empty before any arrives
   */
  public String textSoFar() {
    StringBuilder text = new StringBuilder();
    for (ItemState item : items.values()) {
      for (PartState part : item.parts.values()) {
        if (!part.refusal && !part.reasoning) {
          text.append(part.done instanceof OutputText done ? done.text() : part.text);
        }
      }
    }
    return text.toString();
  }

  /**
   * The response as far as the stream went: the last snapshot the server sent, with the output
   * rebuilt from the events since. Usage is absent until the stream ends.
   *
   * @return the partial response; an empty one before any lifecycle event
   */
  public Response partialResponse() {
    Response.Builder builder = snapshot == null ? Response.builder() : snapshot.toBuilder();
    List<OutputItem> output = new ArrayList<>(items.size());
    for (ItemState item : items.values()) {
      OutputItem rebuilt = item.rebuilt();
      if (rebuilt != null) {
        output.add(rebuilt);
      }
    }
    return builder.output(output).build();
  }

  /**
   * The response of the terminal event ({@code response.completed}, {@code .incomplete},
   * {@code .failed}).
   *
   * @return the final response; empty until the stream ends with one
   */
  public Optional<Response> finalResponse() {
    return Optional.ofNullable(terminal);
  }

  /**
   * The best response there is: the final one once the stream ended, else the partial one.
   *
   * @return the response
   */
  public Response response() {
    return terminal != null ? terminal : partialResponse();
  }

  /**
   * The response's id, as soon as the first lifecycle event gave it.
   *
   * @return the id, if known
   */
  public Optional<String> responseId() {
    return Optional.ofNullable(snapshot).map(Response::id);
  }

  /**
   * The sequence number of the last event, for resuming with {@code starting_after}.
   *
   * @return the number; empty before any numbered event
   */
  public Optional<Integer> lastSequenceNumber() {
    return Optional.ofNullable(lastSequenceNumber);
  }

  /**
   * Jumps in the sequence numbers: events lost between server and client.
   *
   * @return one description per jump; empty when the stream is whole
   */
  public List<String> sequenceGaps() {
    return List.copyOf(gaps);
  }

  /**
   * How many events were folded in.
   *
   * @return the count
   */
  public int eventCount() {
    return events;
  }

  /** What arrived of one output item. */
  private static final class ItemState {
    private OutputItem added;
    private OutputItem done;
    private final Map<Integer, PartState> parts = new TreeMap<>();
    private final Map<Integer, StringBuilder> summaries = new TreeMap<>();
    private final StringBuilder arguments = new StringBuilder();
    private int lastPartIndex;
    private PartState lastPart;

    void added(OutputItem item) {
      added = item;
    }

    PartState part(Integer index) {
      int key = index == null ? 0 : index;
      if (lastPart == null || key != lastPartIndex) {
        lastPart = parts.computeIfAbsent(key, unused -> new PartState());
        lastPartIndex = key;
      }
      return lastPart;
    }

    StringBuilder summary(Integer index) {
      return summaries.computeIfAbsent(index == null ? 0 : index, key -> new StringBuilder());
    }

    /** The finished item when it arrived; else the added item with what streamed in since. */
    OutputItem rebuilt() {
      if (done != null) {
        return done;
      }
      if (added instanceof Message message) {
        List<ContentPart> content = new ArrayList<>();
        parts.values().forEach(part -> content.add(part.rebuilt()));
        return new Message(message.type(), message.id(), message.role(),
            new MessageContent.Parts(content), message.status(), message.phase(),
            message.extra());
      }
      if (added instanceof FunctionCall call) {
        return new FunctionCall(call.id(), call.callId(), call.namespace(), call.name(),
            arguments.toString(), call.status(), call.caller(), call.createdBy(), call.extra());
      }
      if (added instanceof CustomToolCall call) {
        return new CustomToolCall(call.id(), call.callId(), call.namespace(), call.name(),
            arguments.toString(), call.status(), call.caller(), call.createdBy(), call.extra());
      }
      if (added instanceof McpCall call) {
        return new McpCall(call.id(), call.serverLabel(), call.name(), arguments.toString(),
            call.output(), call.error(), call.status(), call.approvalRequestId(), call.extra());
      }
      if (added instanceof CodeInterpreterCall call) {
        return new CodeInterpreterCall(call.id(), call.status(), call.containerId(),
            arguments.toString(), call.outputs(), call.extra());
      }
      if (added instanceof ReasoningItem reasoning) {
        List<SummaryText> summary = new ArrayList<>();
        summaries.values().forEach(text -> summary.add(new SummaryText(text.toString())));
        List<ReasoningText> content = new ArrayList<>();
        parts.values().forEach(part -> content.add(new ReasoningText(part.text.toString())));
        return new ReasoningItem(reasoning.id(), summary,
            content.isEmpty() ? reasoning.content() : content, reasoning.encryptedContent(),
            reasoning.status(), reasoning.extra());
      }
      return added;
    }
  }

  /** What arrived of one content part. */
  private static final class PartState {
    private ContentPart started;
    private ContentPart done;
    private final StringBuilder text = new StringBuilder();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<LogProb> logprobs = new ArrayList<>();
    private boolean refusal;
    private boolean reasoning;

    void start(ContentPart part) {
      started = part;
      refusal = part instanceof Refusal;
      reasoning = part instanceof ReasoningText;
    }

    ContentPart rebuilt() {
      if (done != null) {
        return done;
      }
      if (refusal) {
        return new Refusal(text.toString());
      }
      if (reasoning) {
        return new ReasoningText(text.toString());
      }
      OutputText base = started instanceof OutputText outputText ? outputText : null;
      return new OutputText(text.toString(), List.copyOf(annotations),
          base != null && base.logprobs() == null && logprobs.isEmpty() ? null
              : List.copyOf(logprobs), base == null ? null : base.extra());
    }
  }
}
