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
 * A function the application runs when the model calls it ({@code "type": "function"}).
 *
 * @param name the function
 * @param description what it does, for the model
 * @param parameters the JSON Schema of its arguments
 * @param strict whether arguments must match the schema exactly; the server fills it in
 * @param outputSchema the JSON Schema of its output
 * @param deferLoading load the definition only when a tool search finds it
 * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("function")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record FunctionTool(
    String name,
    String description,
    JsonObject parameters,
    Boolean strict,
    JsonObject outputSchema,
    Boolean deferLoading,
    List<String> allowedCallers,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param name the function
   * @param description what it does, for the model
   * @param parameters the JSON Schema of its arguments
   * @param strict whether arguments must match the schema exactly; the server fills it in
   * @param outputSchema the JSON Schema of its output
   * @param deferLoading load the definition only when a tool search finds it
   * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
   * @param extra members this type does not model, or null for none
   */
  public FunctionTool {
    allowedCallers = Values.list(allowedCallers);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param name the function
   * @param description what it does, for the model
   * @param parameters the JSON Schema of its arguments
   * @param strict whether arguments must match the schema exactly; the server fills it in
   * @param outputSchema the JSON Schema of its output
   * @param deferLoading load the definition only when a tool search finds it
   * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
   */
  public FunctionTool(
      String name, String description, JsonObject parameters, Boolean strict,
      JsonObject outputSchema, Boolean deferLoading, List<String> allowedCallers) {
    this(name, description, parameters, strict, outputSchema, deferLoading, allowedCallers, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
