package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * An item of a type this version does not model; written back exactly as received, so it can be
 * replayed as input.
 *
 * @param json the JSON object as received
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record UnknownItem(JsonObject json) implements OutputItem {

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
