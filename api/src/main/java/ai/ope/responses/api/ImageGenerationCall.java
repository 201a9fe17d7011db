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
 * A hosted image generation ({@code "type": "image_generation_call"}).
 *
 * @param id the item id
 * @param status {@code in_progress}, {@code generating}, {@code completed} or {@code failed}
 * @param result the image, base64; null until done
 * @param revisedPrompt the prompt the image model used
 * @param background the background used
 * @param outputFormat the image format
 * @param quality the quality used
 * @param size the size used
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("image_generation_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ImageGenerationCall(
    String id,
    String status,
    String result,
    String revisedPrompt,
    String background,
    String outputFormat,
    String quality,
    String size,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param status {@code in_progress}, {@code generating}, {@code completed} or {@code failed}
   * @param result the image, base64; null until done
   * @param revisedPrompt the prompt the image model used
   * @param background the background used
   * @param outputFormat the image format
   * @param quality the quality used
   * @param size the size used
   * @param extra members this type does not model, or null for none
   */
  public ImageGenerationCall {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param status {@code in_progress}, {@code generating}, {@code completed} or {@code failed}
   * @param result the image, base64; null until done
   * @param revisedPrompt the prompt the image model used
   * @param background the background used
   * @param outputFormat the image format
   * @param quality the quality used
   * @param size the size used
   */
  public ImageGenerationCall(
      String id, String status, String result, String revisedPrompt, String background,
      String outputFormat, String quality, String size) {
    this(id, status, result, revisedPrompt, background, outputFormat, quality, size, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
