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
 * Code the hosted code interpreter ran ({@code "type": "code_interpreter_call"}).
 *
 * @param id the item id
 * @param status {@code in_progress}, {@code interpreting}, {@code completed}, {@code incomplete} or
 *     {@code failed}
 * @param containerId the container it ran in
 * @param code the code; null until produced
 * @param outputs logs and images, when {@code include} asked for them
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("code_interpreter_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record CodeInterpreterCall(
    String id,
    String status,
    String containerId,
    String code,
    List<CodeInterpreterOutput> outputs,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param status {@code in_progress}, {@code interpreting}, {@code completed}, {@code incomplete}
   *     or {@code failed}
   * @param containerId the container it ran in
   * @param code the code; null until produced
   * @param outputs logs and images, when {@code include} asked for them
   * @param extra members this type does not model, or null for none
   */
  public CodeInterpreterCall {
    outputs = Values.list(outputs);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param status {@code in_progress}, {@code interpreting}, {@code completed}, {@code incomplete}
   *     or {@code failed}
   * @param containerId the container it ran in
   * @param code the code; null until produced
   * @param outputs logs and images, when {@code include} asked for them
   */
  public CodeInterpreterCall(
      String id, String status, String containerId, String code,
      List<CodeInterpreterOutput> outputs) {
    this(id, status, containerId, code, outputs, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
