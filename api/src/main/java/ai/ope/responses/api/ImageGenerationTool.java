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
 * Hosted image generation ({@code "type": "image_generation"}).
 *
 * @param model the image model
 * @param quality {@code low}, {@code medium}, {@code high} or {@code auto}
 * @param size {@code WIDTHxHEIGHT} or {@code auto}
 * @param outputFormat {@code png}, {@code webp} or {@code jpeg}
 * @param outputCompression 0 to 100
 * @param moderation {@code auto} or {@code low}
 * @param background {@code transparent}, {@code opaque} or {@code auto}
 * @param inputFidelity {@code high} or {@code low}
 * @param inputImageMask a mask for edits
 * @param partialImages how many partial images to stream (0 to 3)
 * @param action {@code generate}, {@code edit} or {@code auto}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("image_generation")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ImageGenerationTool(
    String model,
    String quality,
    String size,
    String outputFormat,
    Integer outputCompression,
    String moderation,
    String background,
    String inputFidelity,
    ImageMask inputImageMask,
    Integer partialImages,
    String action,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param model the image model
   * @param quality {@code low}, {@code medium}, {@code high} or {@code auto}
   * @param size {@code WIDTHxHEIGHT} or {@code auto}
   * @param outputFormat {@code png}, {@code webp} or {@code jpeg}
   * @param outputCompression 0 to 100
   * @param moderation {@code auto} or {@code low}
   * @param background {@code transparent}, {@code opaque} or {@code auto}
   * @param inputFidelity {@code high} or {@code low}
   * @param inputImageMask a mask for edits
   * @param partialImages how many partial images to stream (0 to 3)
   * @param action {@code generate}, {@code edit} or {@code auto}
   * @param extra members this type does not model, or null for none
   */
  public ImageGenerationTool {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param model the image model
   * @param quality {@code low}, {@code medium}, {@code high} or {@code auto}
   * @param size {@code WIDTHxHEIGHT} or {@code auto}
   * @param outputFormat {@code png}, {@code webp} or {@code jpeg}
   * @param outputCompression 0 to 100
   * @param moderation {@code auto} or {@code low}
   * @param background {@code transparent}, {@code opaque} or {@code auto}
   * @param inputFidelity {@code high} or {@code low}
   * @param inputImageMask a mask for edits
   * @param partialImages how many partial images to stream (0 to 3)
   * @param action {@code generate}, {@code edit} or {@code auto}
   */
  public ImageGenerationTool(
      String model, String quality, String size, String outputFormat, Integer outputCompression,
      String moderation, String background, String inputFidelity, ImageMask inputImageMask,
      Integer partialImages, String action) {
    this(
        model, quality, size, outputFormat, outputCompression, moderation, background,
        inputFidelity, inputImageMask, partialImages, action, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
