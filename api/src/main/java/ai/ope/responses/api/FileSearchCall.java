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
 * A hosted file search the server ran ({@code "type": "file_search_call"}).
 *
 * @param id the item id
 * @param status {@code in_progress}, {@code searching}, {@code completed}, {@code incomplete} or
 *     {@code failed}
 * @param queries the queries used
 * @param results the matches, when {@code include} asked for them
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("file_search_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record FileSearchCall(
    String id,
    String status,
    List<String> queries,
    List<FileSearchResult> results,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param status {@code in_progress}, {@code searching}, {@code completed}, {@code incomplete} or
   *     {@code failed}
   * @param queries the queries used
   * @param results the matches, when {@code include} asked for them
   * @param extra members this type does not model, or null for none
   */
  public FileSearchCall {
    queries = Values.list(queries);
    results = Values.list(results);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param status {@code in_progress}, {@code searching}, {@code completed}, {@code incomplete} or
   *     {@code failed}
   * @param queries the queries used
   * @param results the matches, when {@code include} asked for them
   */
  public FileSearchCall(
      String id, String status, List<String> queries, List<FileSearchResult> results) {
    this(id, status, queries, results, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
