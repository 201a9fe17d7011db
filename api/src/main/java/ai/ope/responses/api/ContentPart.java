package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.WireTypes;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A part of a message's content, discriminated by {@code type}: input parts ({@code input_text},
 * {@code input_image}, {@code input_file}) in what the application sends, output parts ({@code
 * output_text}, {@code refusal}) in what the model answers, and the rarer {@code reasoning_text},
 * {@code summary_text}, {@code text} and {@code computer_screenshot} parts of stream events and
 * compacted conversations. A part of a type this version does not know is an {@link
 * UnknownContentPart} holding its JSON.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface ContentPart permits
    InputText, InputImage, InputFile, OutputText, Refusal, ReasoningText, SummaryText, PlainText,
    ComputerScreenshot, UnknownContentPart {

  /**
   * The discriminator, e.g. {@code "output_text"}.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * A text input part.
   *
   * @param text the text
   * @return {@code {"type":"input_text","text":…}}
   */
  static InputText text(String text) {
    return new InputText(text, null);
  }

  /**
   * An image input part from an {@code https:} or {@code data:} URL, with {@code detail} auto.
   *
   * @param imageUrl the image URL
   * @return {@code {"type":"input_image","image_url":…,"detail":"auto"}}
   */
  static InputImage imageUrl(String imageUrl) {
    return new InputImage(imageUrl, null, "auto", null);
  }
}
