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
 * A hosted web search the server ran ({@code "type": "web_search_call"}).
 *
 * @param id the item id
 * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
 * @param action what the search did
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("web_search_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record WebSearchCall(
    String id,
    String status,
    WebSearchAction action,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
   * @param action what the search did
   * @param extra members this type does not model, or null for none
   */
  public WebSearchCall {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
   * @param action what the search did
   */
  public WebSearchCall(String id, String status, WebSearchAction action) {
    this(id, status, action, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
