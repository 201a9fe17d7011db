package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.Values;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * The output of a function or custom tool call: a string (often JSON text), or a list of input
 * parts (text, images, files).
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface ToolOutput {

  /**
   * Output given as a string.
   *
   * @param text the output
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Text(String text) implements ToolOutput {
  }

  /**
   * Output given as content parts.
   *
   * @param parts the parts
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Parts(List<ContentPart> parts) implements ToolOutput {

    /**
     * Creates the value with a copy of the list.
     *
     * @param parts the parts
     */
    public Parts {
      parts = Values.list(parts);
    }
  }
}
