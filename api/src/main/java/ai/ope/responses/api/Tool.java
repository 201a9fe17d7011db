package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.WireTypes;
import ai.ope.responses.api.schema.Description;
import ai.ope.responses.api.schema.JsonSchemas;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A tool the model may use, discriminated by {@code type}: the application's own functions and
 * custom tools, and tools the server hosts (web and file search, code interpreter, image
 * generation, MCP servers...). A tool of a type this version does not know is an {@link
 * UnknownTool} holding its JSON.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface Tool permits
    FunctionTool, CustomTool, NamespaceTool, FileSearchTool, WebSearchTool, WebSearchPreviewTool,
    ComputerTool, ComputerUsePreviewTool, McpTool, CodeInterpreterTool, ImageGenerationTool,
    LocalShellTool, ShellTool, ApplyPatchTool, ToolSearchTool, ProgrammaticToolCallingTool,
    UnknownTool {

  /**
   * The discriminator, e.g. {@code "function"}.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * A function tool.
   *
   * @param name the function name ({@code a-z A-Z 0-9 _ -}, at most 64 characters)
   * @param description what the function does, for the model
   * @param parametersSchema the JSON Schema of the arguments, as JSON text
   * @return the tool, with {@code strict} left to the server's default
   * @throws ResponsesJsonException when the schema is not a JSON object
   */
  static FunctionTool function(String name, String description, String parametersSchema) {
    return new FunctionTool(name, description,
        ResponsesJson.fromJson(parametersSchema, JsonObject.class), null, null, null, null);
  }

  /**
   * A function tool.
   *
   * @param name the function name ({@code a-z A-Z 0-9 _ -}, at most 64 characters)
   * @param description what the function does, for the model
   * @param parametersSchema the JSON Schema of the arguments
   * @return the tool, with {@code strict} left to the server's default
   */
  static FunctionTool function(String name, String description, JsonObject parametersSchema) {
    return new FunctionTool(name, description, parametersSchema, null, null, null, null);
  }

  /**
   * A strict function tool whose arguments are a record: the name from
   * {@link ai.ope.responses.api.schema.FunctionName} or the record's name in snake_case, the
   * description from {@link ai.ope.responses.api.schema.Description}, the parameters from
   * {@link JsonSchemas#of(Class)}. Bind a call's arguments with
   * {@link FunctionCall#arguments(Class)}.
   *
   * <pre>{@code
   * @Description("Current weather in a city")
   * record GetWeather(String city) {}
   *
   * Tool weather = Tool.function(GetWeather.class);
   * }</pre>
   *
   * @param argumentsType the record of the function's arguments
   * @return the tool
   * @throws IllegalArgumentException when the record has no schema
   */
  static FunctionTool function(Class<?> argumentsType) {
    Description description = argumentsType.getAnnotation(Description.class);
    return new FunctionTool(JsonSchemas.name(argumentsType),
        description == null ? null : description.value(), JsonSchemas.of(argumentsType), true,
        null, null, null);
  }

  /**
   * The hosted web search tool.
   *
   * @return {@code {"type":"web_search"}}
   */
  static WebSearchTool webSearch() {
    return new WebSearchTool("web_search", null, null, null, null);
  }
}
