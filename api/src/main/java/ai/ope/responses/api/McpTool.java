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
import java.util.Map;

/**
 * A remote MCP server or connector whose tools the server may call ({@code "type": "mcp"}).
 *
 * {@link #toString()} masks {@code authorization} and header values: they are credentials.
 *
 * @param serverLabel a label for the server
 * @param serverUrl the server, or use a connector
 * @param connectorId a built-in connector, instead of a URL
 * @param tunnelId a tunnel to reach the server
 * @param authorization an OAuth token for the server
 * @param serverDescription what the server offers
 * @param headers extra HTTP headers for the server
 * @param allowedTools which tools may be called
 * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
 * @param requireApproval which calls need approval
 * @param deferLoading load the definition only when a tool search finds it
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("mcp")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record McpTool(
    String serverLabel,
    String serverUrl,
    String connectorId,
    String tunnelId,
    String authorization,
    String serverDescription,
    Map<String, String> headers,
    McpAllowedTools allowedTools,
    List<String> allowedCallers,
    McpApproval requireApproval,
    Boolean deferLoading,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param serverLabel a label for the server
   * @param serverUrl the server, or use a connector
   * @param connectorId a built-in connector, instead of a URL
   * @param tunnelId a tunnel to reach the server
   * @param authorization an OAuth token for the server
   * @param serverDescription what the server offers
   * @param headers extra HTTP headers for the server
   * @param allowedTools which tools may be called
   * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
   * @param requireApproval which calls need approval
   * @param deferLoading load the definition only when a tool search finds it
   * @param extra members this type does not model, or null for none
   */
  public McpTool {
    headers = Values.map(headers);
    allowedCallers = Values.list(allowedCallers);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param serverLabel a label for the server
   * @param serverUrl the server, or use a connector
   * @param connectorId a built-in connector, instead of a URL
   * @param tunnelId a tunnel to reach the server
   * @param authorization an OAuth token for the server
   * @param serverDescription what the server offers
   * @param headers extra HTTP headers for the server
   * @param allowedTools which tools may be called
   * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
   * @param requireApproval which calls need approval
   * @param deferLoading load the definition only when a tool search finds it
   */
  public McpTool(
      String serverLabel, String serverUrl, String connectorId, String tunnelId,
      String authorization, String serverDescription, Map<String, String> headers,
      McpAllowedTools allowedTools, List<String> allowedCallers, McpApproval requireApproval,
      Boolean deferLoading) {
    this(
        serverLabel, serverUrl, connectorId, tunnelId, authorization, serverDescription, headers,
        allowedTools, allowedCallers, requireApproval, deferLoading, null);
  }

  @Override
  public String toString() {
    return "McpTool[serverLabel=" + serverLabel + ", serverUrl=" + serverUrl
        + ", connectorId=" + connectorId + ", tunnelId=" + tunnelId
        + ", authorization=" + (authorization == null ? null : "***")
        + ", serverDescription=" + serverDescription
        + ", headers=" + (headers == null ? null : headers.keySet() + " (values masked)")
        + ", allowedTools=" + allowedTools + ", allowedCallers=" + allowedCallers
        + ", requireApproval=" + requireApproval + ", deferLoading=" + deferLoading
        + ", extra=" + ModelStrings.extra(this) + "]";
  }
}
