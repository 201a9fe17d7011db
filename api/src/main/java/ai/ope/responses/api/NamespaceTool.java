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
 * Function and custom tools grouped under a name ({@code "type": "namespace"}).
 *
 * @param name the namespace
 * @param description what its tools are for
 * @param tools its function and custom tools
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("namespace")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record NamespaceTool(
    String name,
    String description,
    List<Tool> tools,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param name the namespace
   * @param description what its tools are for
   * @param tools its function and custom tools
   * @param extra members this type does not model, or null for none
   */
  public NamespaceTool {
    tools = Values.list(tools);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param name the namespace
   * @param description what its tools are for
   * @param tools its function and custom tools
   */
  public NamespaceTool(String name, String description, List<Tool> tools) {
    this(name, description, tools, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
