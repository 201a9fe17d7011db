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
 * The model asks the application to act on a computer ({@code "type": "computer_call"}): perform
 * the action(s), then send a {@link ComputerCallOutput} with a screenshot.
 *
 * @param id the item id
 * @param callId the id that links the call and its output
 * @param action the action, when the call has one
 * @param actions the actions, when the call has several
 * @param pendingSafetyChecks checks to acknowledge in the output
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("computer_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ComputerCall(
    String id,
    String callId,
    ComputerAction action,
    List<ComputerAction> actions,
    List<SafetyCheck> pendingSafetyChecks,
    String status,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param action the action, when the call has one
   * @param actions the actions, when the call has several
   * @param pendingSafetyChecks checks to acknowledge in the output
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param extra members this type does not model, or null for none
   */
  public ComputerCall {
    actions = Values.list(actions);
    pendingSafetyChecks = Values.list(pendingSafetyChecks);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param action the action, when the call has one
   * @param actions the actions, when the call has several
   * @param pendingSafetyChecks checks to acknowledge in the output
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   */
  public ComputerCall(
      String id, String callId, ComputerAction action, List<ComputerAction> actions,
      List<SafetyCheck> pendingSafetyChecks, String status) {
    this(id, callId, action, actions, pendingSafetyChecks, status, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
