package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * An item of a response's {@code output}: the model's messages, reasoning and tool calls, and the
 * server's record of hosted tools it ran. Told apart by {@code type}; an item of a type this
 * version does not know is an {@link UnknownItem} holding its JSON.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface OutputItem extends InputItem permits
    Message, FunctionCall, FunctionCallOutput, CustomToolCall, CustomToolCallOutput, ReasoningItem,
    FileSearchCall, WebSearchCall, ComputerCall, ComputerCallOutput, ImageGenerationCall,
    CodeInterpreterCall, LocalShellCall, LocalShellCallOutput, ShellCall, ShellCallOutput,
    ApplyPatchCall, ApplyPatchCallOutput, McpListTools, McpApprovalRequest, McpApprovalResponse,
    McpCall, ToolSearchCall, ToolSearchOutput, AdditionalTools, Compaction, Program, ProgramOutput,
    UnknownItem {
}
