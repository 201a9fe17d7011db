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
 * The tools a remote MCP server offers ({@code "type": "mcp_list_tools"}).
 *
 * @param id the item id
 * @param serverLabel the server
 * @param tools its tools
 * @param error why listing failed, if it did
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("mcp_list_tools")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record McpListTools(
    String id,
    String serverLabel,
    List<McpToolInfo> tools,
    String error,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param serverLabel the server
   * @param tools its tools
   * @param error why listing failed, if it did
   * @param extra members this type does not model, or null for none
   */
  public McpListTools {
    tools = Values.list(tools);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param serverLabel the server
   * @param tools its tools
   * @param error why listing failed, if it did
   */
  public McpListTools(String id, String serverLabel, List<McpToolInfo> tools, String error) {
    this(id, serverLabel, tools, error, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
