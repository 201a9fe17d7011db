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
 * A program the model wrote to call tools ({@code "type": "program"}).
 *
 * @param id the item id
 * @param callId the id that links the call and its output
 * @param code the JavaScript source
 * @param fingerprint opaque; send it back unchanged
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("program")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record Program(
    String id,
    String callId,
    String code,
    String fingerprint,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param code the JavaScript source
   * @param fingerprint opaque; send it back unchanged
   * @param extra members this type does not model, or null for none
   */
  public Program {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param code the JavaScript source
   * @param fingerprint opaque; send it back unchanged
   */
  public Program(String id, String callId, String code, String fingerprint) {
    this(id, callId, code, fingerprint, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
