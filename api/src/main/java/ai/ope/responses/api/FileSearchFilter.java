package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import ai.ope.responses.api.internal.WireTypes;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * A condition on file attributes, told apart by {@code type}: a comparison, or {@code and}/{@code
 * or} of conditions.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface FileSearchFilter {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * Compares one attribute with a value.
   *
   * @param type {@code eq}, {@code ne}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code
   *     in} or {@code nin}
   * @param key the attribute
   * @param value a string, number, boolean, or an array of strings and numbers
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType({"eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"})
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Comparison(
      String type,
      String key,
      JsonValue value,
      JsonObject extra) implements FileSearchFilter {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param type {@code eq}, {@code ne}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code
     *     in} or {@code nin}
     * @param key the attribute
     * @param value a string, number, boolean, or an array of strings and numbers
     * @param extra members this type does not model, or null for none
     */
    public Comparison {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param type {@code eq}, {@code ne}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code
     *     in} or {@code nin}
     * @param key the attribute
     * @param value a string, number, boolean, or an array of strings and numbers
     */
    public Comparison(String type, String key, JsonValue value) {
      this(type, key, value, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Combines conditions.
   *
   * @param type {@code and} or {@code or}
   * @param filters the conditions
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType({"and", "or"})
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Compound(
      String type,
      List<FileSearchFilter> filters,
      JsonObject extra) implements FileSearchFilter {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param type {@code and} or {@code or}
     * @param filters the conditions
     * @param extra members this type does not model, or null for none
     */
    public Compound {
      filters = Values.list(filters);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param type {@code and} or {@code or}
     * @param filters the conditions
     */
    public Compound(String type, List<FileSearchFilter> filters) {
      this(type, filters, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * A filter of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements FileSearchFilter {

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
