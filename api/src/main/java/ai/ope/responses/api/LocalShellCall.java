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
 * The model asks the application to run a command ({@code "type": "local_shell_call"}, the legacy
 * local shell tool).
 *
 * @param id the item id
 * @param callId the id that links the call and its output
 * @param action the command
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("local_shell_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record LocalShellCall(
    String id,
    String callId,
    LocalShellAction action,
    String status,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param action the command
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param extra members this type does not model, or null for none
   */
  public LocalShellCall {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param action the command
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   */
  public LocalShellCall(String id, String callId, LocalShellAction action, String status) {
    this(id, callId, action, status, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
