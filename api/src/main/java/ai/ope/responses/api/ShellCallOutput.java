package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * The result of a shell tool call ({@code "type": "shell_call_output"}).
 *
 * @param id the item id
 * @param callId the {@link ShellCall#callId()} this answers
 * @param output one result per command
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param maxOutputLength the output limit applied
 * @param caller who made the call: the model directly, or a program it wrote
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("shell_call_output")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ShellCallOutput(
    String id,
    String callId,
    List<ShellOutput> output,
    String status,
    Integer maxOutputLength,
    ToolCallCaller caller,
    String createdBy,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the {@link ShellCall#callId()} this answers
   * @param output one result per command
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param maxOutputLength the output limit applied
   * @param caller who made the call: the model directly, or a program it wrote
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public ShellCallOutput {
    output = Values.list(output);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the {@link ShellCall#callId()} this answers
   * @param output one result per command
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param maxOutputLength the output limit applied
   * @param caller who made the call: the model directly, or a program it wrote
   * @param createdBy who created the item, in listings
   */
  public ShellCallOutput(
      String id, String callId, List<ShellOutput> output, String status, Integer maxOutputLength,
      ToolCallCaller caller, String createdBy) {
    this(id, callId, output, status, maxOutputLength, caller, createdBy, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
