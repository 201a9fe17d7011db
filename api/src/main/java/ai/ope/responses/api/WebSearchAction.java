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
import java.util.List;

/**
 * What a web search did, told apart by {@code type}.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface WebSearchAction {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * Ran a search ({@code "type": "search"}).
   *
   * @param query the query (older servers)
   * @param queries the queries
   * @param sources the sources consulted, when {@code include} asked for them
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("search")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Search(
      String query,
      List<String> queries,
      List<WebSearchSource> sources,
      JsonObject extra) implements WebSearchAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param query the query (older servers)
     * @param queries the queries
     * @param sources the sources consulted, when {@code include} asked for them
     * @param extra members this type does not model, or null for none
     */
    public Search {
      queries = Values.list(queries);
      sources = Values.list(sources);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param query the query (older servers)
     * @param queries the queries
     * @param sources the sources consulted, when {@code include} asked for them
     */
    public Search(String query, List<String> queries, List<WebSearchSource> sources) {
      this(query, queries, sources, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Opened a page ({@code "type": "open_page"}).
   *
   * @param url the page
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("open_page")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record OpenPage(
      String url,
      JsonObject extra) implements WebSearchAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param url the page
     * @param extra members this type does not model, or null for none
     */
    public OpenPage {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param url the page
     */
    public OpenPage(String url) {
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
   * Searched within a page ({@code "type": "find_in_page"}).
   *
   * @param url the page
   * @param pattern what was looked for
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("find_in_page")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record FindInPage(
      String url,
      String pattern,
      JsonObject extra) implements WebSearchAction {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param url the page
     * @param pattern what was looked for
     * @param extra members this type does not model, or null for none
     */
    public FindInPage {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param url the page
     * @param pattern what was looked for
     */
    public FindInPage(String url, String pattern) {
      this(url, pattern, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * An action of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements WebSearchAction {

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
