package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import ai.ope.responses.api.internal.WireTypes;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The format of text output, told apart by {@code type}. Note the Responses shape is flat: {@code
 * {"type":"json_schema","name":…,"schema":…}}.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface TextFormat {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * Plain text ({@code "type": "text"}), the default.
   *
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("text")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record PlainText(
      JsonObject extra) implements TextFormat {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param extra members this type does not model, or null for none
     */
    public PlainText {
      extra = Values.extra(extra);
    }

    /** Creates the value with no unmodelled members. */
    public PlainText() {
      this(null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * JSON matching a schema ({@code "type": "json_schema"}): structured outputs.
   *
   * @param name the schema name
   * @param schema the JSON Schema
   * @param description what the output is, for the model
   * @param strict whether the output must match exactly
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("json_schema")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record JsonSchema(
      String name,
      JsonObject schema,
      String description,
      Boolean strict,
      JsonObject extra) implements TextFormat {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param name the schema name
     * @param schema the JSON Schema
     * @param description what the output is, for the model
     * @param strict whether the output must match exactly
     * @param extra members this type does not model, or null for none
     */
    public JsonSchema {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param name the schema name
     * @param schema the JSON Schema
     * @param description what the output is, for the model
     * @param strict whether the output must match exactly
     */
    public JsonSchema(String name, JsonObject schema, String description, Boolean strict) {
      this(name, schema, description, strict, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Any JSON object ({@code "type": "json_object"}).
   *
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("json_object")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record JsonObjectMode(
      JsonObject extra) implements TextFormat {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param extra members this type does not model, or null for none
     */
    public JsonObjectMode {
      extra = Values.extra(extra);
    }

    /** Creates the value with no unmodelled members. */
    public JsonObjectMode() {
      this(null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * A format of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements TextFormat {

    /**
     * The discriminator as received.
     *
     * @return the {@code type} member, or null when absent or not a string
     */
    @Override
    public String type() {
      return json.getString("type", null);
    }
  }
}
