package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A tool of a remote MCP server.
 *
 * @param name the tool
 * @param description what it does
 * @param inputSchema the JSON Schema of its input
 * @param annotations its MCP annotations
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record McpToolInfo(
    String name,
    String description,
    JsonObject inputSchema,
    JsonValue annotations,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param name the tool
   * @param description what it does
   * @param inputSchema the JSON Schema of its input
   * @param annotations its MCP annotations
   * @param extra members this type does not model, or null for none
   */
  public McpToolInfo {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param name the tool
   * @param description what it does
   * @param inputSchema the JSON Schema of its input
   * @param annotations its MCP annotations
   */
  public McpToolInfo(
      String name, String description, JsonObject inputSchema, JsonValue annotations) {
    this(name, description, inputSchema, annotations, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
