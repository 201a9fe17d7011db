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
import java.util.Map;

/**
 * A moderation result or error, told apart by {@code type}.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface ModerationOutcome {

  /**
   * The discriminator.
   *
   * @return the {@code type} member
   */
  default String type() {
    return WireTypes.of(getClass());
  }

  /**
   * A result ({@code "type": "moderation_result"}).
   *
   * @param model the moderation model
   * @param flagged whether anything was flagged
   * @param categories flags per category
   * @param categoryScores scores per category
   * @param categoryAppliedInputTypes which input types each category covered
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("moderation_result")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Result(
      String model,
      Boolean flagged,
      Map<String, Boolean> categories,
      Map<String, Double> categoryScores,
      Map<String, List<String>> categoryAppliedInputTypes,
      JsonObject extra) implements ModerationOutcome {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param model the moderation model
     * @param flagged whether anything was flagged
     * @param categories flags per category
     * @param categoryScores scores per category
     * @param categoryAppliedInputTypes which input types each category covered
     * @param extra members this type does not model, or null for none
     */
    public Result {
      categories = Values.map(categories);
      categoryScores = Values.map(categoryScores);
      categoryAppliedInputTypes = Values.map(categoryAppliedInputTypes);
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param model the moderation model
     * @param flagged whether anything was flagged
     * @param categories flags per category
     * @param categoryScores scores per category
     * @param categoryAppliedInputTypes which input types each category covered
     */
    public Result(
        String model, Boolean flagged, Map<String, Boolean> categories,
        Map<String, Double> categoryScores, Map<String, List<String>> categoryAppliedInputTypes) {
      this(model, flagged, categories, categoryScores, categoryAppliedInputTypes, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * Moderation failed ({@code "type": "error"}).
   *
   * @param code the error code
   * @param message the message
   * @param extra members this type does not model, and modelled members that were sent as an
   *     explicit {@code null}
   */
  @WireType("error")
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Error(
      String code,
      String message,
      JsonObject extra) implements ModerationOutcome {

    /**
     * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
     *
     * @param code the error code
     * @param message the message
     * @param extra members this type does not model, or null for none
     */
    public Error {
      extra = Values.extra(extra);
    }

    /**
     * Creates the value with no unmodelled members.
     *
     * @param code the error code
     * @param message the message
     */
    public Error(String code, String message) {
      this(code, message, null);
    }

    // Each member once: a modelled member sent as an explicit null is kept in extra (to be
    // written back) but shown only as the member.
    @Override
    public String toString() {
      return ModelStrings.describe(this);
    }
  }

  /**
   * An outcome of a type this version does not model; written back exactly as received.
   *
   * @param json the JSON object as received
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Unknown(JsonObject json) implements ModerationOutcome {

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
