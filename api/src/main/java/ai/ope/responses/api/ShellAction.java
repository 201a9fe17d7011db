package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * Commands for the shell tool.
 *
 * @param commands the commands
 * @param timeoutMs a time limit
 * @param maxOutputLength a limit on captured output
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ShellAction(
    List<String> commands,
    Integer timeoutMs,
    Integer maxOutputLength,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param commands the commands
   * @param timeoutMs a time limit
   * @param maxOutputLength a limit on captured output
   * @param extra members this type does not model, or null for none
   */
  public ShellAction {
    commands = Values.list(commands);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param commands the commands
   * @param timeoutMs a time limit
   * @param maxOutputLength a limit on captured output
   */
  public ShellAction(List<String> commands, Integer timeoutMs, Integer maxOutputLength) {
    this(commands, timeoutMs, maxOutputLength, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
