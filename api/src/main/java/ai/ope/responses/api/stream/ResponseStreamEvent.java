package ai.ope.responses.api.stream;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.WireTypes;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * One event of a streamed response ({@code stream: true}), discriminated by {@code type}.
 *
 * A stream starts with {@link ResponseCreatedEvent}, reports the output as it is produced (items,
 * content parts, text deltas, tool progress) and ends with a terminal event: {@link
 * ResponseCompletedEvent}, {@link ResponseIncompleteEvent}, {@link ResponseFailedEvent} or {@link
 * ErrorEvent}. An event of a type this version does not know is an {@link UnknownStreamEvent}
 * holding its JSON; it never makes reading fail.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface ResponseStreamEvent permits
    ResponseLifecycleEvent, ErrorEvent, OutputItemAddedEvent, OutputItemDoneEvent,
    ContentPartAddedEvent, ContentPartDoneEvent, OutputTextDeltaEvent, OutputTextDoneEvent,
    OutputTextAnnotationAddedEvent, RefusalDeltaEvent, RefusalDoneEvent,
    ReasoningSummaryPartAddedEvent, ReasoningSummaryPartDoneEvent, ReasoningSummaryTextDeltaEvent,
    ReasoningSummaryTextDoneEvent, ReasoningTextDeltaEvent, ReasoningTextDoneEvent,
    FunctionCallArgumentsDeltaEvent, FunctionCallArgumentsDoneEvent, CustomToolCallInputDeltaEvent,
    CustomToolCallInputDoneEvent, ToolCallProgressEvent, CodeInterpreterCallCodeDeltaEvent,
    CodeInterpreterCallCodeDoneEvent, McpCallArgumentsDeltaEvent, McpCallArgumentsDoneEvent,
    ImageGenerationCallPartialImageEvent, ShellCallCommandAddedEvent, ShellCallCommandDeltaEvent,
    ShellCallCommandDoneEvent, ShellCallOutputContentDeltaEvent, ShellCallOutputContentDoneEvent,
    AudioDeltaEvent, AudioDoneEvent, AudioTranscriptDeltaEvent, AudioTranscriptDoneEvent,
    UnknownStreamEvent {

  /**
   * The event type, e.g. {@code "response.output_text.delta"}.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * The position of the event in its stream, counted from 0.
   *
   * @return the {@code sequence_number} member, or null when the server sent none
   */
  Integer sequenceNumber();

  /**
   * Whether the stream ends with this event: a completed, incomplete or failed response, or
   * an error.
   *
   * @return true for a terminal event
   */
  default boolean isTerminal() {
    return false;
  }
}
