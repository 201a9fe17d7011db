package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * How file search ranks its results.
 *
 * @param ranker {@code auto} or a ranker version
 * @param scoreThreshold the lowest score kept
 * @param hybridSearch weights of embedding and text search
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record RankingOptions(
    String ranker,
    Double scoreThreshold,
    HybridSearch hybridSearch,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param ranker {@code auto} or a ranker version
   * @param scoreThreshold the lowest score kept
   * @param hybridSearch weights of embedding and text search
   * @param extra members this type does not model, or null for none
   */
  public RankingOptions {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param ranker {@code auto} or a ranker version
   * @param scoreThreshold the lowest score kept
   * @param hybridSearch weights of embedding and text search
   */
  public RankingOptions(String ranker, Double scoreThreshold, HybridSearch hybridSearch) {
    this(ranker, scoreThreshold, hybridSearch, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
