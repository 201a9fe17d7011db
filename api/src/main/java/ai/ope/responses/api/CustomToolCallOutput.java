package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The result of a custom tool call ({@code "type": "custom_tool_call_output"}).
 *
 * @param id the item id
 * @param callId the {@link CustomToolCall#callId()} this answers
 * @param output the result
 * @param caller who made the call: the model directly, or a program it wrote
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("custom_tool_call_output")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record CustomToolCallOutput(
    String id,
    String callId,
    ToolOutput output,
    ToolCallCaller caller,
    String status,
    String createdBy,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the {@link CustomToolCall#callId()} this answers
   * @param output the result
   * @param caller who made the call: the model directly, or a program it wrote
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public CustomToolCallOutput {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the {@link CustomToolCall#callId()} this answers
   * @param output the result
   * @param caller who made the call: the model directly, or a program it wrote
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param createdBy who created the item, in listings
   */
  public CustomToolCallOutput(
      String id, String callId, ToolOutput output, ToolCallCaller caller, String status,
      String createdBy) {
    this(id, callId, output, caller, status, createdBy, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
