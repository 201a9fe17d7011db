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
 * The tools a tool search found ({@code "type": "tool_search_output"}).
 *
 * @param id the item id
 * @param callId the id that links the call and its output
 * @param execution {@code server} or {@code client}
 * @param tools the tools found
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("tool_search_output")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ToolSearchOutput(
    String id,
    String callId,
    String execution,
    List<Tool> tools,
    String status,
    String createdBy,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param execution {@code server} or {@code client}
   * @param tools the tools found
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public ToolSearchOutput {
    tools = Values.list(tools);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param execution {@code server} or {@code client}
   * @param tools the tools found
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param createdBy who created the item, in listings
   */
  public ToolSearchOutput(
      String id, String callId, String execution, List<Tool> tools, String status,
      String createdBy) {
    this(id, callId, execution, tools, status, createdBy, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
