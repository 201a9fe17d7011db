package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.Map;

/**
 * One match of a file search.
 *
 * @param fileId the file
 * @param filename its name
 * @param vectorStoreId the vector store it was found in
 * @param text the matching text
 * @param score the relevance score
 * @param attributes the file's attributes (strings, numbers or booleans)
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record FileSearchResult(
    String fileId,
    String filename,
    String vectorStoreId,
    String text,
    Double score,
    Map<String, JsonValue> attributes,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param fileId the file
   * @param filename its name
   * @param vectorStoreId the vector store it was found in
   * @param text the matching text
   * @param score the relevance score
   * @param attributes the file's attributes (strings, numbers or booleans)
   * @param extra members this type does not model, or null for none
   */
  public FileSearchResult {
    attributes = Values.map(attributes);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param fileId the file
   * @param filename its name
   * @param vectorStoreId the vector store it was found in
   * @param text the matching text
   * @param score the relevance score
   * @param attributes the file's attributes (strings, numbers or booleans)
   */
  public FileSearchResult(
      String fileId, String filename, String vectorStoreId, String text, Double score,
      Map<String, JsonValue> attributes) {
    this(fileId, filename, vectorStoreId, text, score, attributes, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
