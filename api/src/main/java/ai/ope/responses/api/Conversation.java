package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The conversation a response belongs to: its id as a string, or an object with the id. Each form
 * is written back as it was read.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface Conversation {

  /**
   * The conversation id.
   *
   * @return the id
   */
  String id();

  /**
   * A conversation by id, sent as a plain string.
   *
   * @param id the conversation id
   * @return the conversation
   */
  static Conversation of(String id) {
    return new IdString(id);
  }

  /**
   * The conversation given as its id.
   *
   * @param id the id
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record IdString(String id) implements Conversation {
  }

  /**
   * The conversation given as an object.
   *
   * @param id the id
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Reference(
      String id,
      JsonObject extra) implements Conversation {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param id the id
     * @param extra members this type does not model, or null for none
     */
    public Reference {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param id the id
     */
    public Reference(String id) {
      this(id, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }
}
