package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.Values;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * Which tools of an MCP server may be called: a list of names, or a filter.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface McpAllowedTools {

  /**
   * The tools, by name.
   *
   * @param names the names
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Names(List<String> names) implements McpAllowedTools {

    /**
     * Creates the value with a copy of the list.
     *
     * @param names the names
     */
    public Names {
      names = Values.list(names);
    }
  }

  /**
   * The tools a filter selects.
   *
   * @param filter the filter
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Filter(McpToolFilter filter) implements McpAllowedTools {
  }
}
