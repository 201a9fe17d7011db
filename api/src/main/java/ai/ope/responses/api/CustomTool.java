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
 * A tool the application runs with free-form text input ({@code "type": "custom"}), optionally
 * constrained by a grammar.
 *
 * @param name the tool
 * @param description what it does, for the model
 * @param format the input format
 * @param deferLoading load the definition only when a tool search finds it
 * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("custom")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record CustomTool(
    String name,
    String description,
    CustomToolFormat format,
    Boolean deferLoading,
    List<String> allowedCallers,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param name the tool
   * @param description what it does, for the model
   * @param format the input format
   * @param deferLoading load the definition only when a tool search finds it
   * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
   * @param extra members this type does not model, or null for none
   */
  public CustomTool {
    allowedCallers = Values.list(allowedCallers);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param name the tool
   * @param description what it does, for the model
   * @param format the input format
   * @param deferLoading load the definition only when a tool search finds it
   * @param allowedCallers who may call it: {@code direct}, {@code programmatic}
   */
  public CustomTool(
      String name, String description, CustomToolFormat format, Boolean deferLoading,
      List<String> allowedCallers) {
    this(name, description, format, deferLoading, allowedCallers, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
