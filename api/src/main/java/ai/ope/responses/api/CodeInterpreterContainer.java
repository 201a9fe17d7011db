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
import java.util.List;

/**
 * The container of the code interpreter: the id of an existing one, or an object describing a new
 * one.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface CodeInterpreterContainer {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * An existing container.
   *
   * @param id its id
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Id(String id) implements CodeInterpreterContainer {
  }

  /**
   * A container the server creates ({@code "type": "auto"}).
   *
   * @param fileIds files to put in it
   * @param memoryLimit {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}
   * @param networkPolicy its network access
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("auto")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Auto(
      List<String> fileIds,
      String memoryLimit,
      NetworkPolicy networkPolicy,
      JsonObject extra) implements CodeInterpreterContainer {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param fileIds files to put in it
     * @param memoryLimit {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}
     * @param networkPolicy its network access
     * @param extra members this type does not model, or null for none
     */
    public Auto {
      fileIds = Values.list(fileIds);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param fileIds files to put in it
     * @param memoryLimit {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}
     * @param networkPolicy its network access
     */
    public Auto(List<String> fileIds, String memoryLimit, NetworkPolicy networkPolicy) {
      this(fileIds, memoryLimit, networkPolicy, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * A container of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements CodeInterpreterContainer {

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
