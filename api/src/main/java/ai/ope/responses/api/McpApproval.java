package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * Which MCP tool calls need approval: {@code "always"}, {@code "never"}, or rules per tool.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface McpApproval {

  /**
   * One setting for all tools.
   *
   * @param setting {@code always} or {@code never}
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Setting(String setting) implements McpApproval {
  }

  /**
   * Rules per tool.
   *
   * @param always tools that always need approval
   * @param never tools that never need it
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Rules(
      McpToolFilter always,
      McpToolFilter never,
      JsonObject extra) implements McpApproval {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param always tools that always need approval
     * @param never tools that never need it
     * @param extra members this type does not model, or null for none
     */
    public Rules {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param always tools that always need approval
     * @param never tools that never need it
     */
    public Rules(McpToolFilter always, McpToolFilter never) {
      this(always, never, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }
}
