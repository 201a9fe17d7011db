package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import ai.ope.responses.api.internal.WireTypes;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A source a web search consulted, told apart by {@code type}.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface WebSearchSource {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * A web page ({@code "type": "url"}).
   *
   * @param url the page
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("url")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Url(
      String url,
      JsonObject extra) implements WebSearchSource {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param url the page
     * @param extra members this type does not model, or null for none
     */
    public Url {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param url the page
     */
    public Url(String url) {
      this(url, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * A data API ({@code "type": "api"}).
   *
   * @param name the API
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("api")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Api(
      String name,
      JsonObject extra) implements WebSearchSource {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param name the API
     * @param extra members this type does not model, or null for none
     */
    public Api {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param name the API
     */
    public Api(String name) {
      this(name, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * A source of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements WebSearchSource {

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
}
