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
 * Computer use, preview version ({@code "type": "computer_use_preview"}).
 *
 * @param environment {@code windows}, {@code mac}, {@code linux}, {@code ubuntu} or {@code browser}
 * @param displayWidth the screen width
 * @param displayHeight the screen height
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("computer_use_preview")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ComputerUsePreviewTool(
    String environment,
    Integer displayWidth,
    Integer displayHeight,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param environment {@code windows}, {@code mac}, {@code linux}, {@code ubuntu} or {@code
   *     browser}
   * @param displayWidth the screen width
   * @param displayHeight the screen height
   * @param extra members this type does not model, or null for none
   */
  public ComputerUsePreviewTool {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param environment {@code windows}, {@code mac}, {@code linux}, {@code ubuntu} or {@code
   *     browser}
   * @param displayWidth the screen width
   * @param displayHeight the screen height
   */
  public ComputerUsePreviewTool(String environment, Integer displayWidth, Integer displayHeight) {
    this(environment, displayWidth, displayHeight, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
