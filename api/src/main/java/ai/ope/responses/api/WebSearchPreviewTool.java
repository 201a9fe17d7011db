package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * The older hosted web search ({@code "type": "web_search_preview"} or a dated version of it).
 *
 * @param type {@code web_search_preview} or {@code web_search_preview_2025_03_11}
 * @param userLocation the user's approximate location
 * @param searchContextSize {@code low}, {@code medium} or {@code high}
 * @param searchContentTypes {@code text}, {@code image}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType({"web_search_preview", "web_search_preview_2025_03_11"})
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record WebSearchPreviewTool(
    String type,
    UserLocation userLocation,
    String searchContextSize,
    List<String> searchContentTypes,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param type {@code web_search_preview} or {@code web_search_preview_2025_03_11}
   * @param userLocation the user's approximate location
   * @param searchContextSize {@code low}, {@code medium} or {@code high}
   * @param searchContentTypes {@code text}, {@code image}
   * @param extra members this type does not model, or null for none
   */
  public WebSearchPreviewTool {
    searchContentTypes = Values.list(searchContentTypes);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param type {@code web_search_preview} or {@code web_search_preview_2025_03_11}
   * @param userLocation the user's approximate location
   * @param searchContextSize {@code low}, {@code medium} or {@code high}
   * @param searchContentTypes {@code text}, {@code image}
   */
  public WebSearchPreviewTool(
      String type, UserLocation userLocation, String searchContextSize,
      List<String> searchContentTypes) {
    this(type, userLocation, searchContextSize, searchContentTypes, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
