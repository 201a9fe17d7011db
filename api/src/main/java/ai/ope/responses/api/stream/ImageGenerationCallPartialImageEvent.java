package ai.ope.responses.api.stream;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A preview of an image being generated.
 *
 * @param sequenceNumber the position of the event in its stream; absent from some older servers
 * @param itemId the output item it belongs to
 * @param outputIndex the item's index in {@code output}
 * @param partialImageIndex which preview, from 0
 * @param partialImageB64 the preview, base64
 * @param size its size
 * @param quality its quality
 * @param background its background
 * @param outputFormat its format
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("response.image_generation_call.partial_image")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ImageGenerationCallPartialImageEvent(
    Integer sequenceNumber,
    String itemId,
    Integer outputIndex,
    Integer partialImageIndex,
    String partialImageB64,
    String size,
    String quality,
    String background,
    String outputFormat,
    JsonObject extra) implements ResponseStreamEvent {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param itemId the output item it belongs to
   * @param outputIndex the item's index in {@code output}
   * @param partialImageIndex which preview, from 0
   * @param partialImageB64 the preview, base64
   * @param size its size
   * @param quality its quality
   * @param background its background
   * @param outputFormat its format
   * @param extra members this type does not model, or null for none
   */
  public ImageGenerationCallPartialImageEvent {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param itemId the output item it belongs to
   * @param outputIndex the item's index in {@code output}
   * @param partialImageIndex which preview, from 0
   * @param partialImageB64 the preview, base64
   * @param size its size
   * @param quality its quality
   * @param background its background
   * @param outputFormat its format
   */
  public ImageGenerationCallPartialImageEvent(
      Integer sequenceNumber, String itemId, Integer outputIndex, Integer partialImageIndex,
      String partialImageB64, String size, String quality, String background, String outputFormat) {
    this(
        sequenceNumber, itemId, outputIndex, partialImageIndex, partialImageB64, size, quality,
        background, outputFormat, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
