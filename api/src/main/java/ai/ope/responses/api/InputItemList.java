package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * A page of the input items of a response ({@code GET /responses/{id}/input_items}).
 *
 * @param object {@code list}
 * @param data the items
 * @param firstId the first item
 * @param lastId the last item: pass it as {@code after} for the next page
 * @param hasMore whether more items follow
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record InputItemList(
    String object,
    List<InputItem> data,
    String firstId,
    String lastId,
    Boolean hasMore,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param object {@code list}
   * @param data the items
   * @param firstId the first item
   * @param lastId the last item: pass it as {@code after} for the next page
   * @param hasMore whether more items follow
   * @param extra members this type does not model, or null for none
   */
  public InputItemList {
    data = Values.list(data);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param object {@code list}
   * @param data the items
   * @param firstId the first item
   * @param lastId the last item: pass it as {@code after} for the next page
   * @param hasMore whether more items follow
   */
  public InputItemList(
      String object, List<InputItem> data, String firstId, String lastId, Boolean hasMore) {
    this(object, data, firstId, lastId, hasMore, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
