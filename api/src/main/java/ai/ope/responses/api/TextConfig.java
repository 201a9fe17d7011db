package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * Options for the model's text output, and their echo on a response.
 *
 * @param format plain text (the default), a JSON Schema, or any JSON object
 * @param verbosity {@code low}, {@code medium} or {@code high}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record TextConfig(
    TextFormat format,
    String verbosity,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param format plain text (the default), a JSON Schema, or any JSON object
   * @param verbosity {@code low}, {@code medium} or {@code high}
   * @param extra members this type does not model, or null for none
   */
  public TextConfig {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param format plain text (the default), a JSON Schema, or any JSON object
   * @param verbosity {@code low}, {@code medium} or {@code high}
   */
  public TextConfig(TextFormat format, String verbosity) {
    this(format, verbosity, null);
  }

  /**
   * Structured output: the answer must match a JSON Schema.
   *
   * @param name the schema name ({@code a-z A-Z 0-9 _ -}, at most 64 characters)
   * @param schema the JSON Schema
   * @param strict whether the answer must match exactly
   * @return {@code {"format":{"type":"json_schema",…}}}
   */
  public static TextConfig jsonSchema(String name, JsonObject schema, boolean strict) {
    return new TextConfig(new TextFormat.JsonSchema(name, schema, null, strict), null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
