package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A search for tools whose definitions were deferred ({@code "type": "tool_search_call"}).
 *
 * @param id the item id
 * @param callId the id that links the call and its output
 * @param execution {@code server} or {@code client}
 * @param arguments the search arguments
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("tool_search_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ToolSearchCall(
    String id,
    String callId,
    String execution,
    JsonValue arguments,
    String status,
    String createdBy,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param execution {@code server} or {@code client}
   * @param arguments the search arguments
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public ToolSearchCall {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param execution {@code server} or {@code client}
   * @param arguments the search arguments
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param createdBy who created the item, in listings
   */
  public ToolSearchCall(
      String id, String callId, String execution, JsonValue arguments, String status,
      String createdBy) {
    this(id, callId, execution, arguments, status, createdBy, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
