package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * Hosted web search ({@code "type": "web_search"} or a dated version of it).
 *
 * @param type {@code web_search} or {@code web_search_2025_08_26}
 * @param filters which sites to search
 * @param userLocation the user's approximate location
 * @param searchContextSize {@code low}, {@code medium} or {@code high}
 * @param externalWebAccess false to use cached content only
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType({"web_search", "web_search_2025_08_26"})
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record WebSearchTool(
    String type,
    WebSearchFilters filters,
    UserLocation userLocation,
    String searchContextSize,
    Boolean externalWebAccess,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param type {@code web_search} or {@code web_search_2025_08_26}
   * @param filters which sites to search
   * @param userLocation the user's approximate location
   * @param searchContextSize {@code low}, {@code medium} or {@code high}
   * @param externalWebAccess false to use cached content only
   * @param extra members this type does not model, or null for none
   */
  public WebSearchTool {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param type {@code web_search} or {@code web_search_2025_08_26}
   * @param filters which sites to search
   * @param userLocation the user's approximate location
   * @param searchContextSize {@code low}, {@code medium} or {@code high}
   * @param externalWebAccess false to use cached content only
   */
  public WebSearchTool(
      String type, WebSearchFilters filters, UserLocation userLocation, String searchContextSize,
      Boolean externalWebAccess) {
    this(type, filters, userLocation, searchContextSize, externalWebAccess, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
