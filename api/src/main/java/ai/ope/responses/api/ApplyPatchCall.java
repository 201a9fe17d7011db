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
 * The model asks the application to change a file ({@code "type": "apply_patch_call"}).
 *
 * @param id the item id
 * @param callId the id that links the call and its output
 * @param status {@code in_progress} or {@code completed}
 * @param operation the change
 * @param caller who made the call: the model directly, or a program it wrote
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("apply_patch_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ApplyPatchCall(
    String id,
    String callId,
    String status,
    PatchOperation operation,
    ToolCallCaller caller,
    String createdBy,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param status {@code in_progress} or {@code completed}
   * @param operation the change
   * @param caller who made the call: the model directly, or a program it wrote
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public ApplyPatchCall {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param status {@code in_progress} or {@code completed}
   * @param operation the change
   * @param caller who made the call: the model directly, or a program it wrote
   * @param createdBy who created the item, in listings
   */
  public ApplyPatchCall(
      String id, String callId, String status, PatchOperation operation, ToolCallCaller caller,
      String createdBy) {
    this(id, callId, status, operation, caller, createdBy, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
