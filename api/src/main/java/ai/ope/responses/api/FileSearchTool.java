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
 * Hosted search over vector stores ({@code "type": "file_search"}).
 *
 * @param vectorStoreIds the stores to search
 * @param maxNumResults at most this many results (1 to 50)
 * @param rankingOptions how results are ranked
 * @param filters which files qualify
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("file_search")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record FileSearchTool(
    List<String> vectorStoreIds,
    Integer maxNumResults,
    RankingOptions rankingOptions,
    FileSearchFilter filters,
    JsonObject extra) implements Tool {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param vectorStoreIds the stores to search
   * @param maxNumResults at most this many results (1 to 50)
   * @param rankingOptions how results are ranked
   * @param filters which files qualify
   * @param extra members this type does not model, or null for none
   */
  public FileSearchTool {
    vectorStoreIds = Values.list(vectorStoreIds);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param vectorStoreIds the stores to search
   * @param maxNumResults at most this many results (1 to 50)
   * @param rankingOptions how results are ranked
   * @param filters which files qualify
   */
  public FileSearchTool(
      List<String> vectorStoreIds, Integer maxNumResults, RankingOptions rankingOptions,
      FileSearchFilter filters) {
    this(vectorStoreIds, maxNumResults, rankingOptions, filters, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
