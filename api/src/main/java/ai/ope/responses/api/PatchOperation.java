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
 * A file change of the apply-patch tool, told apart by {@code type}.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface PatchOperation {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * Create a file ({@code "type": "create_file"}).
   *
   * @param path the file
   * @param diff its content, as a diff
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("create_file")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record CreateFile(
      String path,
      String diff,
      JsonObject extra) implements PatchOperation {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param path the file
     * @param diff its content, as a diff
     * @param extra members this type does not model, or null for none
     */
    public CreateFile {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param path the file
     * @param diff its content, as a diff
     */
    public CreateFile(String path, String diff) {
      this(path, diff, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Delete a file ({@code "type": "delete_file"}).
   *
   * @param path the file
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("delete_file")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record DeleteFile(
      String path,
      JsonObject extra) implements PatchOperation {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param path the file
     * @param extra members this type does not model, or null for none
     */
    public DeleteFile {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param path the file
     */
    public DeleteFile(String path) {
      this(path, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Change a file ({@code "type": "update_file"}).
   *
   * @param path the file
   * @param diff the change
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("update_file")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record UpdateFile(
      String path,
      String diff,
      JsonObject extra) implements PatchOperation {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param path the file
     * @param diff the change
     * @param extra members this type does not model, or null for none
     */
    public UpdateFile {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param path the file
     * @param diff the change
     */
    public UpdateFile(String path, String diff) {
      this(path, diff, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * An operation of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements PatchOperation {

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
