package ai.ope.responses.api.stream;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * Progress of a hosted tool call, carrying no data beyond which call: its {@code type} says what
 * happened (for example {@code response.web_search_call.searching} or {@code
 * response.mcp_call.failed}).
 *
 * @param type what happened
 * @param sequenceNumber the position of the event in its stream; absent from some older servers
 * @param itemId the output item it belongs to
 * @param outputIndex the item's index in {@code output}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType({
    "response.file_search_call.in_progress", "response.file_search_call.searching",
    "response.file_search_call.completed", "response.web_search_call.in_progress",
    "response.web_search_call.searching", "response.web_search_call.completed",
    "response.code_interpreter_call.in_progress", "response.code_interpreter_call.interpreting",
    "response.code_interpreter_call.completed", "response.image_generation_call.in_progress",
    "response.image_generation_call.generating", "response.image_generation_call.completed",
    "response.mcp_list_tools.in_progress", "response.mcp_list_tools.completed",
    "response.mcp_list_tools.failed", "response.mcp_call.in_progress",
    "response.mcp_call.completed", "response.mcp_call.failed"
})
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ToolCallProgressEvent(
    String type,
    Integer sequenceNumber,
    String itemId,
    Integer outputIndex,
    JsonObject extra) implements ResponseStreamEvent {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param type what happened
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param itemId the output item it belongs to
   * @param outputIndex the item's index in {@code output}
   * @param extra members this type does not model, or null for none
   */
  public ToolCallProgressEvent {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param type what happened
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param itemId the output item it belongs to
   * @param outputIndex the item's index in {@code output}
   */
  public ToolCallProgressEvent(
      String type, Integer sequenceNumber, String itemId, Integer outputIndex) {
    this(type, sequenceNumber, itemId, outputIndex, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
