/**
 * The typed model of the Responses API: requests
 * ({@link ai.ope.responses.api.CreateResponseRequest}), responses
 * ({@link ai.ope.responses.api.Response}), the items, content parts and tools they hold, and the
 * error envelope; and {@link ai.ope.responses.api.ResponsesJson}, which reads and writes them.
 *
 * <p>Values are immutable records. Every {@code type}-discriminated union is a sealed interface
 * with an {@code Unknown…} member that keeps the raw JSON of types this version does not know;
 * every record keeps members it does not model in {@code extra()}. Open enums (roles, statuses,
 * efforts) are strings, with constants in {@link ai.ope.responses.api.Role} and its siblings. A
 * member absent from the JSON is {@code null} in Java.
 *
 * <h2>How the model evolves</h2>
 *
 * <p>The model follows the wire format, which gains members often. Adding a member to a type is
 * <em>not</em> a breaking change in this project's policy, and the stable ways to create values
 * are the ones that survive it:
 *
 * <ul>
 *   <li><b>Builders</b> are the stable way to create model values:
 *       {@link ai.ope.responses.api.CreateResponseRequest#builder()},
 *       {@link ai.ope.responses.api.Response#builder()},
 *       {@link ai.ope.responses.api.CompactRequest#builder()} and
 *       {@link ai.ope.responses.api.InputTokensRequest#builder()}. A new member adds a builder
 *       method; existing calls compile and mean the same.
 *   <li><b>Static factories</b> keep their signatures: {@code InputItem.user/developer/system/
 *       assistant/functionCallOutput/functionResult/reference}, {@code Input.of},
 *       {@code Message.of}, {@code ContentPart.text/imageUrl}, {@code Tool.function/webSearch},
 *       {@code ToolChoice.function}, {@code Reasoning.effort}, {@code Conversation.of} and
 *       {@code InputTokensRequest.of}.
 *   <li><b>Record canonical constructors grow with the API</b>: a new member is a new component,
 *       so code that calls a canonical constructor may need a new argument after an upgrade.
 *       Values are mostly read from JSON, not built; where code builds one by hand (tests,
 *       fakes), it is recompiled against the new version. Accessors, once published, stay.
 *   <li><b>Convenience constructors</b>: every record with an {@code extra} component has one
 *       more constructor, taking every component but {@code extra}. They are kept: they change
 *       exactly when the canonical constructor does (a new member adds a parameter to both), so
 *       removing them would buy no stability and would only make every hand-built value end in
 *       {@code null}. For the records that carry nothing but {@code extra}
 *       ({@code CompactionTrigger}, {@code ComputerAction.Screenshot},
 *       {@code ComputerAction.Wait}, {@code ComputerTool}, {@code CustomToolFormat.Text},
 *       {@code LocalShellTool}, {@code NetworkPolicy.Disabled},
 *       {@code ProgrammaticToolCallingTool}, {@code ShellOutcome.Timeout},
 *       {@code TextFormat.JsonObjectMode}, {@code TextFormat.PlainText} and
 *       {@code ToolCallCaller.Direct}) it is the no-argument constructor, which stays when such
 *       a record gains a member (it then passes {@code null} for it).
 * </ul>
 *
 * <p>Every change to the public surface shows in the pinned API description
 * ({@code api/responses-api.api} in the source repository), which the build compares.
 */
package ai.ope.responses.api;
