package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * Options for reasoning models, and their echo on a response.
 *
 * @param effort how hard to think: see {@link ReasoningEffort}
 * @param summary {@code auto}, {@code concise} or {@code detailed}: ask for a summary
 * @param mode {@code standard} or {@code pro}
 * @param context which earlier reasoning the model sees: {@code auto}, {@code current_turn} or
 *     {@code all_turns}
 * @param generateSummary the deprecated name of {@code summary}
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record Reasoning(
    String effort,
    String summary,
    String mode,
    String context,
    String generateSummary,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param effort how hard to think: see {@link ReasoningEffort}
   * @param summary {@code auto}, {@code concise} or {@code detailed}: ask for a summary
   * @param mode {@code standard} or {@code pro}
   * @param context which earlier reasoning the model sees: {@code auto}, {@code current_turn} or
   *     {@code all_turns}
   * @param generateSummary the deprecated name of {@code summary}
   * @param extra members this type does not model, or null for none
   */
  public Reasoning {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param effort how hard to think: see {@link ReasoningEffort}
   * @param summary {@code auto}, {@code concise} or {@code detailed}: ask for a summary
   * @param mode {@code standard} or {@code pro}
   * @param context which earlier reasoning the model sees: {@code auto}, {@code current_turn} or
   *     {@code all_turns}
   * @param generateSummary the deprecated name of {@code summary}
   */
  public Reasoning(
      String effort, String summary, String mode, String context, String generateSummary) {
    this(effort, summary, mode, context, generateSummary, null);
  }

  /**
   * Reasoning options with an effort only.
   *
   * @param effort see {@link ReasoningEffort}
   * @return the options
   */
  public static Reasoning effort(String effort) {
    return new Reasoning(effort, null, null, null, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
