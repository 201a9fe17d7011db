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
 * A reference to an item the server stored ({@code "type": "item_reference"}), sent instead of the
 * item itself.
 *
 * @param type {@code "item_reference"}, or null when the reference omits it
 * @param id the stored item
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType(value = "item_reference", whenUntypedHas = "id")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ItemReference(
    String type,
    String id,
    JsonObject extra) implements InputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param type {@code "item_reference"}, or null when the reference omits it
   * @param id the stored item
   * @param extra members this type does not model, or null for none
   */
  public ItemReference {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param type {@code "item_reference"}, or null when the reference omits it
   * @param id the stored item
   */
  public ItemReference(String type, String id) {
    this(type, id, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
