package ai.ope.responses.api.internal;

import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Lets any {@code Jsonb} read the model through the model codec. Named by a
 * {@code @JsonbTypeDeserializer} annotation on every model type.
 *
 * <p>The provider's parser is read into a JSON-P value first: a provider's parser may not be
 * positioned the way the streaming codec expects, and this path is not the hot one
 * ({@code ResponsesJson} streams directly).
 */
public final class ModelJsonbDeserializer implements JsonbDeserializer<Object> {

  /** Called by JSON-B providers. */
  public ModelJsonbDeserializer() {}

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context, Type type) {
    return ModelJson.read(parser.getValue(), type);
  }
}
