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
 * The compacted earlier conversation ({@code "type": "compaction"}), opaque; send it back as is.
 *
 * @param id the item id
 * @param encryptedContent the compacted state
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("compaction")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record Compaction(
    String id,
    String encryptedContent,
    String createdBy,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param encryptedContent the compacted state
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public Compaction {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param encryptedContent the compacted state
   * @param createdBy who created the item, in listings
   */
  public Compaction(String id, String encryptedContent, String createdBy) {
    this(id, encryptedContent, createdBy, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
