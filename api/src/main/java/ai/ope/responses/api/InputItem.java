package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.WireTypes;
import ai.ope.responses.api.schema.StructuredJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * An item of a request's {@code input}: a message, a replayed output item, a tool result the
 * application sends back, a reference to a stored item, or a compaction marker. Every {@link
 * OutputItem} is also an input item, so a response's output can be sent back as the next turn's
 * input.
 *
 * Objects are told apart by {@code type}; a message or item reference may omit it. An item of a
 * type this version does not know is an {@link UnknownItem} holding its JSON, and is sent back
 * unchanged.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface InputItem permits OutputItem, ItemReference, CompactionTrigger {

  /**
   * The discriminator, e.g. {@code "function_call"}.
   *
   * @return the {@code type} member; null only for a message or reference sent without one
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * A user message with text content: {@code {"role":"user","content":"…"}}.
   *
   * @param text the message
   * @return the message
   */
  static Message user(String text) {
    return Message.of(Role.USER, text);
  }

  /**
   * A system message with text content.
   *
   * @param text the instructions
   * @return the message
   */
  static Message system(String text) {
    return Message.of(Role.SYSTEM, text);
  }

  /**
   * A developer message with text content.
   *
   * @param text the instructions
   * @return the message
   */
  static Message developer(String text) {
    return Message.of(Role.DEVELOPER, text);
  }

  /**
   * An assistant message with text content, to replay an earlier answer.
   *
   * @param text the answer
   * @return the message
   */
  static Message assistant(String text) {
    return Message.of(Role.ASSISTANT, text);
  }

  /**
   * The result of a function call, to send back to the model.
   *
   * @param callId the {@link FunctionCall#callId()} being answered
   * @param output the result, often JSON text
   * @return the {@code function_call_output} item
   */
  static FunctionCallOutput functionCallOutput(String callId, String output) {
    return new FunctionCallOutput(
        null, callId, new ToolOutput.Text(output), null, null, null, null, null);
  }

  /**
   * The result of a function call as JSON: a record, a list, a map or any value JSON-B writes,
   * named as {@link StructuredJson} names it; a {@code String} is sent as it is.
   *
   * @param call the call being answered
   * @param result the result
   * @return the {@code function_call_output} item
   */
  static FunctionCallOutput functionResult(FunctionCall call, Object result) {
    return functionCallOutput(call.callId(), StructuredJson.write(result));
  }

  /**
   * A reference to an item stored by the server.
   *
   * @param id the item id
   * @return the {@code item_reference} item
   */
  static ItemReference reference(String id) {
    return new ItemReference("item_reference", id);
  }
}
