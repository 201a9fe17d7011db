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
 * The result of a computer call ({@code "type": "computer_call_output"}): a screenshot after the
 * action.
 *
 * @param id the item id
 * @param callId the {@link ComputerCall#callId()} this answers
 * @param output the screenshot
 * @param acknowledgedSafetyChecks the pending checks the application accepts
 * @param status {@code in_progress}, {@code completed}, {@code incomplete} or {@code failed}
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("computer_call_output")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ComputerCallOutput(
    String id,
    String callId,
    ComputerScreenshot output,
    List<SafetyCheck> acknowledgedSafetyChecks,
    String status,
    String createdBy,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the {@link ComputerCall#callId()} this answers
   * @param output the screenshot
   * @param acknowledgedSafetyChecks the pending checks the application accepts
   * @param status {@code in_progress}, {@code completed}, {@code incomplete} or {@code failed}
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public ComputerCallOutput {
    acknowledgedSafetyChecks = Values.list(acknowledgedSafetyChecks);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the {@link ComputerCall#callId()} this answers
   * @param output the screenshot
   * @param acknowledgedSafetyChecks the pending checks the application accepts
   * @param status {@code in_progress}, {@code completed}, {@code incomplete} or {@code failed}
   * @param createdBy who created the item, in listings
   */
  public ComputerCallOutput(
      String id, String callId, ComputerScreenshot output,
      List<SafetyCheck> acknowledgedSafetyChecks, String status, String createdBy) {
    this(id, callId, output, acknowledgedSafetyChecks, status, createdBy, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
