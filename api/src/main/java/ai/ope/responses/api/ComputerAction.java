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
 * One action of a computer call, told apart by {@code type}.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface ComputerAction {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * Click ({@code "type": "click"}).
   *
   * @param button {@code left}, {@code right}, {@code wheel}, {@code back} or {@code forward}
   * @param x the horizontal coordinate
   * @param y the vertical coordinate
   * @param keys keys held during the action
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("click")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Click(
      String button,
      Integer x,
      Integer y,
      List<String> keys,
      JsonObject extra) implements ComputerAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param button {@code left}, {@code right}, {@code wheel}, {@code back} or {@code forward}
     * @param x the horizontal coordinate
     * @param y the vertical coordinate
     * @param keys keys held during the action
     * @param extra members this type does not model, or null for none
     */
    public Click {
      keys = Values.list(keys);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param button {@code left}, {@code right}, {@code wheel}, {@code back} or {@code forward}
     * @param x the horizontal coordinate
     * @param y the vertical coordinate
     * @param keys keys held during the action
     */
    public Click(String button, Integer x, Integer y, List<String> keys) {
      this(button, x, y, keys, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Double-click ({@code "type": "double_click"}).
   *
   * @param x the horizontal coordinate
   * @param y the vertical coordinate
   * @param keys keys held during the action
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("double_click")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record DoubleClick(
      Integer x,
      Integer y,
      List<String> keys,
      JsonObject extra) implements ComputerAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param x the horizontal coordinate
     * @param y the vertical coordinate
     * @param keys keys held during the action
     * @param extra members this type does not model, or null for none
     */
    public DoubleClick {
      keys = Values.list(keys);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param x the horizontal coordinate
     * @param y the vertical coordinate
     * @param keys keys held during the action
     */
    public DoubleClick(Integer x, Integer y, List<String> keys) {
      this(x, y, keys, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Drag along a path ({@code "type": "drag"}).
   *
   * @param path the points
   * @param keys keys held during the action
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("drag")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Drag(
      List<Coordinate> path,
      List<String> keys,
      JsonObject extra) implements ComputerAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param path the points
     * @param keys keys held during the action
     * @param extra members this type does not model, or null for none
     */
    public Drag {
      path = Values.list(path);
      keys = Values.list(keys);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param path the points
     * @param keys keys held during the action
     */
    public Drag(List<Coordinate> path, List<String> keys) {
      this(path, keys, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Press keys ({@code "type": "keypress"}).
   *
   * @param keys the keys
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("keypress")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Keypress(
      List<String> keys,
      JsonObject extra) implements ComputerAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param keys the keys
     * @param extra members this type does not model, or null for none
     */
    public Keypress {
      keys = Values.list(keys);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param keys the keys
     */
    public Keypress(List<String> keys) {
      this(keys, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Move the pointer ({@code "type": "move"}).
   *
   * @param x the horizontal coordinate
   * @param y the vertical coordinate
   * @param keys keys held during the action
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("move")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Move(
      Integer x,
      Integer y,
      List<String> keys,
      JsonObject extra) implements ComputerAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param x the horizontal coordinate
     * @param y the vertical coordinate
     * @param keys keys held during the action
     * @param extra members this type does not model, or null for none
     */
    public Move {
      keys = Values.list(keys);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param x the horizontal coordinate
     * @param y the vertical coordinate
     * @param keys keys held during the action
     */
    public Move(Integer x, Integer y, List<String> keys) {
      this(x, y, keys, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Take a screenshot ({@code "type": "screenshot"}).
   *
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("screenshot")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Screenshot(
      JsonObject extra) implements ComputerAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param extra members this type does not model, or null for none
     */
    public Screenshot {
      extra = Values.extra(extra);
    }

    /** Creates the value with no unmodelled members. */
    public Screenshot() {
      this(null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Scroll ({@code "type": "scroll"}).
   *
   * @param x the horizontal coordinate
   * @param y the vertical coordinate
   * @param scrollX the horizontal distance
   * @param scrollY the vertical distance
   * @param keys keys held during the action
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("scroll")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Scroll(
      Integer x,
      Integer y,
      Integer scrollX,
      Integer scrollY,
      List<String> keys,
      JsonObject extra) implements ComputerAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param x the horizontal coordinate
     * @param y the vertical coordinate
     * @param scrollX the horizontal distance
     * @param scrollY the vertical distance
     * @param keys keys held during the action
     * @param extra members this type does not model, or null for none
     */
    public Scroll {
      keys = Values.list(keys);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param x the horizontal coordinate
     * @param y the vertical coordinate
     * @param scrollX the horizontal distance
     * @param scrollY the vertical distance
     * @param keys keys held during the action
     */
    public Scroll(Integer x, Integer y, Integer scrollX, Integer scrollY, List<String> keys) {
      this(x, y, scrollX, scrollY, keys, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Type text ({@code "type": "type"}).
   *
   * @param text the text
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("type")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record TypeText(
      String text,
      JsonObject extra) implements ComputerAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param text the text
     * @param extra members this type does not model, or null for none
     */
    public TypeText {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param text the text
     */
    public TypeText(String text) {
      this(text, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Wait ({@code "type": "wait"}).
   *
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("wait")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Wait(
      JsonObject extra) implements ComputerAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param extra members this type does not model, or null for none
     */
    public Wait {
      extra = Values.extra(extra);
    }

    /** Creates the value with no unmodelled members. */
    public Wait() {
      this(null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * An action of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements ComputerAction {

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
