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
 * The result of a local shell call ({@code "type": "local_shell_call_output"}).
 *
 * @param id the id of the {@link LocalShellCall} this answers
 * @param output the result, as JSON text
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("local_shell_call_output")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record LocalShellCallOutput(
    String id,
    String output,
    String status,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the id of the {@link LocalShellCall} this answers
   * @param output the result, as JSON text
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param extra members this type does not model, or null for none
   */
  public LocalShellCallOutput {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the id of the {@link LocalShellCall} this answers
   * @param output the result, as JSON text
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   */
  public LocalShellCallOutput(String id, String output, String status) {
    this(id, output, status, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
