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
 * A call the server made to a remote MCP tool ({@code "type": "mcp_call"}).
 *
 * @param id the item id
 * @param serverLabel the server
 * @param name the tool
 * @param arguments the arguments as JSON text
 * @param output what the tool returned
 * @param error why the call failed, if it did
 * @param status {@code in_progress}, {@code completed}, {@code incomplete}, {@code calling} or
 *     {@code failed}
 * @param approvalRequestId the approval request that allowed it
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("mcp_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record McpCall(
    String id,
    String serverLabel,
    String name,
    String arguments,
    String output,
    McpCallError error,
    String status,
    String approvalRequestId,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param serverLabel the server
   * @param name the tool
   * @param arguments the arguments as JSON text
   * @param output what the tool returned
   * @param error why the call failed, if it did
   * @param status {@code in_progress}, {@code completed}, {@code incomplete}, {@code calling} or
   *     {@code failed}
   * @param approvalRequestId the approval request that allowed it
   * @param extra members this type does not model, or null for none
   */
  public McpCall {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param serverLabel the server
   * @param name the tool
   * @param arguments the arguments as JSON text
   * @param output what the tool returned
   * @param error why the call failed, if it did
   * @param status {@code in_progress}, {@code completed}, {@code incomplete}, {@code calling} or
   *     {@code failed}
   * @param approvalRequestId the approval request that allowed it
   */
  public McpCall(
      String id, String serverLabel, String name, String arguments, String output,
      McpCallError error, String status, String approvalRequestId) {
    this(id, serverLabel, name, arguments, output, error, status, approvalRequestId, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
