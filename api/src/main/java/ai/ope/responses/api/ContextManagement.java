package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * Server-side context management, such as automatic compaction.
 *
 * @param type {@code compaction}
 * @param compactThreshold the token count that triggers it (at least 1000)
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ContextManagement(
    String type,
    Integer compactThreshold,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param type {@code compaction}
   * @param compactThreshold the token count that triggers it (at least 1000)
   * @param extra members this type does not model, or null for none
   */
  public ContextManagement {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param type {@code compaction}
   * @param compactThreshold the token count that triggers it (at least 1000)
   */
  public ContextManagement(String type, Integer compactThreshold) {
    this(type, compactThreshold, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
