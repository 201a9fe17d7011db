package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import ai.ope.responses.api.internal.WireTypes;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * How the model picks tools: a mode ({@code "auto"}, {@code "none"}, {@code "required"}), or an
 * object naming tools, told apart by {@code type}. A form this version does not know is an {@link
 * Unknown} holding its JSON.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface ToolChoice {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /** The model decides whether to call tools. */
  ToolChoice AUTO = new Mode("auto");

  /** The model calls no tool. */
  ToolChoice NONE = new Mode("none");

  /** The model calls at least one tool. */
  ToolChoice REQUIRED = new Mode("required");

  /**
   * Forces a call of one function.
   *
   * @param name the function
   * @return {@code {"type":"function","name":…}}
   */
  static ToolChoice function(String name) {
    return new Function(name);
  }

  /**
   * A mode given as a string.
   *
   * @param mode {@code auto}, {@code none} or {@code required}
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Mode(String mode) implements ToolChoice {
  }

  /**
   * Restricts the model to some tools ({@code "type": "allowed_tools"}).
   *
   * @param mode {@code auto} or {@code required}
   * @param tools the tools, each as {@code {"type":…, "name":…}}
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("allowed_tools")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Allowed(
      String mode,
      List<JsonObject> tools,
      JsonObject extra) implements ToolChoice {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param mode {@code auto} or {@code required}
     * @param tools the tools, each as {@code {"type":…, "name":…}}
     * @param extra members this type does not model, or null for none
     */
    public Allowed {
      tools = Values.list(tools);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param mode {@code auto} or {@code required}
     * @param tools the tools, each as {@code {"type":…, "name":…}}
     */
    public Allowed(String mode, List<JsonObject> tools) {
      this(mode, tools, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Forces a function ({@code "type": "function"}).
   *
   * @param name the function
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("function")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Function(
      String name,
      JsonObject extra) implements ToolChoice {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param name the function
     * @param extra members this type does not model, or null for none
     */
    public Function {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param name the function
     */
    public Function(String name) {
      this(name, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Forces a custom tool ({@code "type": "custom"}).
   *
   * @param name the tool
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("custom")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Custom(
      String name,
      JsonObject extra) implements ToolChoice {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param name the tool
     * @param extra members this type does not model, or null for none
     */
    public Custom {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param name the tool
     */
    public Custom(String name) {
      this(name, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Forces a tool of an MCP server ({@code "type": "mcp"}).
   *
   * @param serverLabel the server
   * @param name the tool, or null for any
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("mcp")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Mcp(
      String serverLabel,
      String name,
      JsonObject extra) implements ToolChoice {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param serverLabel the server
     * @param name the tool, or null for any
     * @param extra members this type does not model, or null for none
     */
    public Mcp {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param serverLabel the server
     * @param name the tool, or null for any
     */
    public Mcp(String serverLabel, String name) {
      this(serverLabel, name, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Forces a hosted or built-in tool, named by its type.
   *
   * @param type the tool type, e.g. {@code file_search} or {@code image_generation}
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType({
      "file_search", "web_search_preview", "web_search_preview_2025_03_11", "computer",
      "computer_use", "computer_use_preview", "image_generation", "code_interpreter",
      "programmatic_tool_calling", "apply_patch", "shell"
  })
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Hosted(
      String type,
      JsonObject extra) implements ToolChoice {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param type the tool type, e.g. {@code file_search} or {@code image_generation}
     * @param extra members this type does not model, or null for none
     */
    public Hosted {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param type the tool type, e.g. {@code file_search} or {@code image_generation}
     */
    public Hosted(String type) {
      this(type, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * A tool choice this version does not model; written back exactly as received.
   *
   * @param json the JSON as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonValue json) implements ToolChoice {

    @Override
    public String type() {
      return json instanceof JsonObject object ? object.getString("type", null) : null;
    }
  }
}
