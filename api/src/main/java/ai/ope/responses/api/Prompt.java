package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.Map;

/**
 * A reference to a stored prompt template, with values for its variables.
 *
 * @param id the template
 * @param version its version; the latest when absent
 * @param variables values for its variables
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record Prompt(
    String id,
    String version,
    Map<String, PromptVariable> variables,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the template
   * @param version its version; the latest when absent
   * @param variables values for its variables
   * @param extra members this type does not model, or null for none
   */
  public Prompt {
    variables = Values.map(variables);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the template
   * @param version its version; the latest when absent
   * @param variables values for its variables
   */
  public Prompt(String id, String version, Map<String, PromptVariable> variables) {
    this(id, version, variables, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
