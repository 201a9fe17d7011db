package ai.ope.responses.api.stream;

import ai.ope.responses.api.ShellOutput;
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
 * The output of a shell command is complete.
 *
 * @param sequenceNumber the position of the event in its stream; absent from some older servers
 * @param itemId the output item it belongs to
 * @param outputIndex the item's index in {@code output}
 * @param commandIndex the command's index in the shell call
 * @param output the whole output
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("response.shell_call_output_content.done")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ShellCallOutputContentDoneEvent(
    Integer sequenceNumber,
    String itemId,
    Integer outputIndex,
    Integer commandIndex,
    List<ShellOutput> output,
    JsonObject extra) implements ResponseStreamEvent {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param itemId the output item it belongs to
   * @param outputIndex the item's index in {@code output}
   * @param commandIndex the command's index in the shell call
   * @param output the whole output
   * @param extra members this type does not model, or null for none
   */
  public ShellCallOutputContentDoneEvent {
    output = Values.list(output);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param itemId the output item it belongs to
   * @param outputIndex the item's index in {@code output}
   * @param commandIndex the command's index in the shell call
   * @param output the whole output
   */
  public ShellCallOutputContentDoneEvent(
      Integer sequenceNumber, String itemId, Integer outputIndex, Integer commandIndex,
      List<ShellOutput> output) {
    this(sequenceNumber, itemId, outputIndex, commandIndex, output, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
