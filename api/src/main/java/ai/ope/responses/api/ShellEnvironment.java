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
 * Where shell commands run, told apart by {@code type}.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface ShellEnvironment {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * A container the server creates ({@code "type": "container_auto"}).
   *
   * @param fileIds files to put in it
   * @param memoryLimit {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}
   * @param networkPolicy its network access
   * @param skills skills to install
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("container_auto")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record ContainerAuto(
      List<String> fileIds,
      String memoryLimit,
      NetworkPolicy networkPolicy,
      List<Skill> skills,
      JsonObject extra) implements ShellEnvironment {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param fileIds files to put in it
     * @param memoryLimit {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}
     * @param networkPolicy its network access
     * @param skills skills to install
     * @param extra members this type does not model, or null for none
     */
    public ContainerAuto {
      fileIds = Values.list(fileIds);
      skills = Values.list(skills);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param fileIds files to put in it
     * @param memoryLimit {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}
     * @param networkPolicy its network access
     * @param skills skills to install
     */
    public ContainerAuto(
        List<String> fileIds, String memoryLimit, NetworkPolicy networkPolicy, List<Skill> skills) {
      this(fileIds, memoryLimit, networkPolicy, skills, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * The application's environment ({@code "type": "local"}).
   *
   * @param skills skills available there
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("local")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Local(
      List<LocalSkill> skills,
      JsonObject extra) implements ShellEnvironment {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param skills skills available there
     * @param extra members this type does not model, or null for none
     */
    public Local {
      skills = Values.list(skills);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param skills skills available there
     */
    public Local(List<LocalSkill> skills) {
      this(skills, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * An existing container ({@code "type": "container_reference"}).
   *
   * @param containerId the container
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("container_reference")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record ContainerReference(
      String containerId,
      JsonObject extra) implements ShellEnvironment {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param containerId the container
     * @param extra members this type does not model, or null for none
     */
    public ContainerReference {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param containerId the container
     */
    public ContainerReference(String containerId) {
      this(containerId, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * An environment of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements ShellEnvironment {

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
