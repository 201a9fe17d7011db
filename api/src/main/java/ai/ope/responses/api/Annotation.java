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
 * A citation attached to output text, discriminated by {@code type}. An annotation of a type this
 * version does not know is an {@link Unknown} holding its JSON.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface Annotation {

  /**
   * The discriminator, e.g. {@code "url_citation"}.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * A citation of a file found by file search ({@code "type": "file_citation"}).
   *
   * @param fileId the cited file
   * @param filename its name
   * @param index the file's position in the list of cited files
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("file_citation")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record FileCitation(
      String fileId,
      String filename,
      Integer index,
      JsonObject extra) implements Annotation {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param fileId the cited file
     * @param filename its name
     * @param index the file's position in the list of cited files
     * @param extra members this type does not model, or null for none
     */
    public FileCitation {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param fileId the cited file
     * @param filename its name
     * @param index the file's position in the list of cited files
     */
    public FileCitation(String fileId, String filename, Integer index) {
      this(fileId, filename, index, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * A citation of a web page ({@code "type": "url_citation"}).
   *
   * @param url the page
   * @param title its title
   * @param startIndex where the cited span starts in the text
   * @param endIndex where it ends
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("url_citation")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record UrlCitation(
      String url,
      String title,
      Integer startIndex,
      Integer endIndex,
      JsonObject extra) implements Annotation {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param url the page
     * @param title its title
     * @param startIndex where the cited span starts in the text
     * @param endIndex where it ends
     * @param extra members this type does not model, or null for none
     */
    public UrlCitation {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param url the page
     * @param title its title
     * @param startIndex where the cited span starts in the text
     * @param endIndex where it ends
     */
    public UrlCitation(String url, String title, Integer startIndex, Integer endIndex) {
      this(url, title, startIndex, endIndex, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * A citation of a file in a code-interpreter container ({@code "type":
   * "container_file_citation"}).
   *
   * @param containerId the container
   * @param fileId the file
   * @param filename its name
   * @param startIndex where the cited span starts in the text
   * @param endIndex where it ends
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("container_file_citation")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record ContainerFileCitation(
      String containerId,
      String fileId,
      String filename,
      Integer startIndex,
      Integer endIndex,
      JsonObject extra) implements Annotation {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param containerId the container
     * @param fileId the file
     * @param filename its name
     * @param startIndex where the cited span starts in the text
     * @param endIndex where it ends
     * @param extra members this type does not model, or null for none
     */
    public ContainerFileCitation {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param containerId the container
     * @param fileId the file
     * @param filename its name
     * @param startIndex where the cited span starts in the text
     * @param endIndex where it ends
     */
    public ContainerFileCitation(
        String containerId, String fileId, String filename, Integer startIndex, Integer endIndex) {
      this(containerId, fileId, filename, startIndex, endIndex, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * A path to a file the model produced ({@code "type": "file_path"}).
   *
   * @param fileId the file
   * @param index the file's position in the list of files
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("file_path")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record FilePath(
      String fileId,
      Integer index,
      JsonObject extra) implements Annotation {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param fileId the file
     * @param index the file's position in the list of files
     * @param extra members this type does not model, or null for none
     */
    public FilePath {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param fileId the file
     * @param index the file's position in the list of files
     */
    public FilePath(String fileId, Integer index) {
      this(fileId, index, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * An annotation of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements Annotation {

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
