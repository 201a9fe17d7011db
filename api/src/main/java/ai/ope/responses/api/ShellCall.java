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
 * A shell tool call ({@code "type": "shell_call"}), run in a hosted container or by the
 * application.
 *
 * @param id the item id
 * @param callId the id that links the call and its output
 * @param action the commands
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param environment where the commands run
 * @param caller who made the call: the model directly, or a program it wrote
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("shell_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ShellCall(
    String id,
    String callId,
    ShellAction action,
    String status,
    ShellEnvironment environment,
    ToolCallCaller caller,
    String createdBy,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param action the commands
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param environment where the commands run
   * @param caller who made the call: the model directly, or a program it wrote
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public ShellCall {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param action the commands
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param environment where the commands run
   * @param caller who made the call: the model directly, or a program it wrote
   * @param createdBy who created the item, in listings
   */
  public ShellCall(
      String id, String callId, ShellAction action, String status, ShellEnvironment environment,
      ToolCallCaller caller, String createdBy) {
    this(id, callId, action, status, environment, caller, createdBy, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
