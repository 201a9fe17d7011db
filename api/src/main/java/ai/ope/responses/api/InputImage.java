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
 * An image the application sends ({@code "type": "input_image"}), by URL ({@code https:} or {@code
 * data:}) or uploaded file id.
 *
 * @param imageUrl an {@code https:} or base64 {@code data:} URL
 * @param fileId an uploaded file id, instead of a URL
 * @param detail {@code low}, {@code high}, {@code auto} or {@code original}; required by the API
 *     inside messages
 * @param promptCacheBreakpoint marks the end of a prompt-cache segment (explicit cache mode)
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("input_image")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record InputImage(
    String imageUrl,
    String fileId,
    String detail,
    PromptCacheBreakpoint promptCacheBreakpoint,
    JsonObject extra) implements ContentPart {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param imageUrl an {@code https:} or base64 {@code data:} URL
   * @param fileId an uploaded file id, instead of a URL
   * @param detail {@code low}, {@code high}, {@code auto} or {@code original}; required by the API
   *     inside messages
   * @param promptCacheBreakpoint marks the end of a prompt-cache segment (explicit cache mode)
   * @param extra members this type does not model, or null for none
   */
  public InputImage {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param imageUrl an {@code https:} or base64 {@code data:} URL
   * @param fileId an uploaded file id, instead of a URL
   * @param detail {@code low}, {@code high}, {@code auto} or {@code original}; required by the API
   *     inside messages
   * @param promptCacheBreakpoint marks the end of a prompt-cache segment (explicit cache mode)
   */
  public InputImage(
      String imageUrl, String fileId, String detail, PromptCacheBreakpoint promptCacheBreakpoint) {
    this(imageUrl, fileId, detail, promptCacheBreakpoint, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
