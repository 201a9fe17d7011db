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
 * An output of the code interpreter, told apart by {@code type}.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface CodeInterpreterOutput {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * Console output ({@code "type": "logs"}).
   *
   * @param logs the text
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("logs")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Logs(
      String logs,
      JsonObject extra) implements CodeInterpreterOutput {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param logs the text
     * @param extra members this type does not model, or null for none
     */
    public Logs {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param logs the text
     */
    public Logs(String logs) {
      this(logs, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * An image ({@code "type": "image"}).
   *
   * @param url where it is
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("image")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Image(
      String url,
      JsonObject extra) implements CodeInterpreterOutput {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param url where it is
     * @param extra members this type does not model, or null for none
     */
    public Image {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param url where it is
     */
    public Image(String url) {
      this(url, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * An output of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements CodeInterpreterOutput {

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
