package ai.ope.responses.api.internal;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * Lets any {@code Jsonb} write the model through the model codec. Named by a
 * {@code @JsonbTypeSerializer} annotation on every model type.
 */
public final class ModelJsonbSerializer implements JsonbSerializer<Object> {

  /** Called by JSON-B providers. */
  public ModelJsonbSerializer() {}

  @Override
  public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
    ModelJson.write(value, generator);
  }
}
