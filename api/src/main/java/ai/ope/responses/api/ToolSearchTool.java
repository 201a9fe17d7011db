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
 * Lets the model find tools whose definitions were deferred ({@code "type": "tool_search"}).
 *
 * @param execution {@code server} or {@code client}
 * @param description what to search for
 * @param parameters the JSON Schema of the search arguments, for client execution
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("tool_search")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ToolSearchTool(
    String execution,
    String description,
    JsonObject parameters,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param execution {@code server} or {@code client}
   * @param description what to search for
   * @param parameters the JSON Schema of the search arguments, for client execution
   * @param extra members this type does not model, or null for none
   */
  public ToolSearchTool {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param execution {@code server} or {@code client}
   * @param description what to search for
   * @param parameters the JSON Schema of the search arguments, for client execution
   */
  public ToolSearchTool(String execution, String description, JsonObject parameters) {
    this(execution, description, parameters, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
