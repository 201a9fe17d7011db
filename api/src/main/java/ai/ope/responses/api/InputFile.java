package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A file the application sends ({@code "type": "input_file"}): inline data, a URL or an uploaded
 * file id.
 *
 * @param fileId an uploaded file id
 * @param filename the file name, with inline data
 * @param fileData the content, usually a base64 {@code data:} URL
 * @param fileUrl a URL the server fetches
 * @param detail {@code auto}, {@code low} or {@code high}
 * @param promptCacheBreakpoint marks the end of a prompt-cache segment (explicit cache mode)
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("input_file")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record InputFile(
    String fileId,
    String filename,
    String fileData,
    String fileUrl,
    String detail,
    PromptCacheBreakpoint promptCacheBreakpoint,
    JsonObject extra) implements ContentPart {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param fileId an uploaded file id
   * @param filename the file name, with inline data
   * @param fileData the content, usually a base64 {@code data:} URL
   * @param fileUrl a URL the server fetches
   * @param detail {@code auto}, {@code low} or {@code high}
   * @param promptCacheBreakpoint marks the end of a prompt-cache segment (explicit cache mode)
   * @param extra members this type does not model, or null for none
   */
  public InputFile {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param fileId an uploaded file id
   * @param filename the file name, with inline data
   * @param fileData the content, usually a base64 {@code data:} URL
   * @param fileUrl a URL the server fetches
   * @param detail {@code auto}, {@code low} or {@code high}
   * @param promptCacheBreakpoint marks the end of a prompt-cache segment (explicit cache mode)
   */
  public InputFile(
      String fileId, String filename, String fileData, String fileUrl, String detail,
      PromptCacheBreakpoint promptCacheBreakpoint) {
    this(fileId, filename, fileData, fileUrl, detail, promptCacheBreakpoint, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
