package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.Values;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * A message's {@code content}: a plain string, or a list of parts. Each form is written back as it
 * was read.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface MessageContent {

  /**
   * The text of the content: the string, or the text parts concatenated.
   *
   * @return the text; empty when there is none
   */
  String text();

  /**
   * The parts of the content; a string is one {@link InputText} part.
   *
   * @return the parts
   */
  List<ContentPart> parts();

  /**
   * Content given as a plain string.
   *
   * @param text the text
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Text(String text) implements MessageContent {

    @Override
    public List<ContentPart> parts() {
      return List.of(new InputText(text, null));
    }
  }

  /**
   * Content given as a list of parts.
   *
   * @param parts the parts
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Parts(List<ContentPart> parts) implements MessageContent {

    /**
     * Creates the value with a copy of the list.
     *
     * @param parts the parts
     */
    public Parts {
      parts = Values.list(parts);
    }

    @Override
    public String text() {
      return ContentParts.text(parts);
    }
  }
}
