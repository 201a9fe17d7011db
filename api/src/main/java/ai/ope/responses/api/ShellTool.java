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

/**
 * The shell tool ({@code "type": "shell"}), in a hosted container or the application's environment.
 *
 * @param environment where commands run
 * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("shell")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ShellTool(
    ShellEnvironment environment,
    List<String> allowedCallers,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param environment where commands run
   * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
   * @param extra members this type does not model, or null for none
   */
  public ShellTool {
    allowedCallers = Values.list(allowedCallers);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param environment where commands run
   * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
   */
  public ShellTool(ShellEnvironment environment, List<String> allowedCallers) {
    this(environment, allowedCallers, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
