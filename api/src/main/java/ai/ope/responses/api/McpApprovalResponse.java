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
 * The application approves or denies an MCP tool call ({@code "type": "mcp_approval_response"}).
 *
 * @param id the item id
 * @param approvalRequestId the {@link McpApprovalRequest} this answers
 * @param approve whether the call may run
 * @param reason why
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("mcp_approval_response")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record McpApprovalResponse(
    String id,
    String approvalRequestId,
    Boolean approve,
    String reason,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param approvalRequestId the {@link McpApprovalRequest} this answers
   * @param approve whether the call may run
   * @param reason why
   * @param extra members this type does not model, or null for none
   */
  public McpApprovalResponse {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param approvalRequestId the {@link McpApprovalRequest} this answers
   * @param approve whether the call may run
   * @param reason why
   */
  public McpApprovalResponse(String id, String approvalRequestId, Boolean approve, String reason) {
    this(id, approvalRequestId, approve, reason, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
