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
 * The server asks the application to approve an MCP tool call ({@code "type":
 * "mcp_approval_request"}).
 *
 * @param id the item id
 * @param serverLabel the server
 * @param name the tool
 * @param arguments the arguments as JSON text
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("mcp_approval_request")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record McpApprovalRequest(
    String id,
    String serverLabel,
    String name,
    String arguments,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param serverLabel the server
   * @param name the tool
   * @param arguments the arguments as JSON text
   * @param extra members this type does not model, or null for none
   */
  public McpApprovalRequest {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param serverLabel the server
   * @param name the tool
   * @param arguments the arguments as JSON text
   */
  public McpApprovalRequest(String id, String serverLabel, String name, String arguments) {
    this(id, serverLabel, name, arguments, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
