package ai.ope.responses.api.stream;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * An event of a type this version does not model; written back exactly as received. Its JSON is
 * available, so a newer event can still be handled by its {@code type}.
 *
 * @param json the JSON object as received
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record UnknownStreamEvent(JsonObject json) implements ResponseStreamEvent {

  /**
   * The discriminator as received.
   *
   * @return the {@code type} member, or null when absent or not a string
   */
  @Override
  public String type() {
    return json.getString("type", null);
  }

  /**
   * The position of the event in its stream.
   *
   * @return the {@code sequence_number} member, or null when absent or not an integer
   */
  @Override
  public Integer sequenceNumber() {
    return json.get("sequence_number") instanceof JsonNumber number && number.isIntegral()
        ? number.intValue() : null;
  }
}
