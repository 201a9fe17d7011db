package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The result of one shell command.
 *
 * @param stdout its standard output
 * @param stderr its standard error
 * @param outcome how it ended
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ShellOutput(
    String stdout,
    String stderr,
    ShellOutcome outcome,
    String createdBy,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param stdout its standard output
   * @param stderr its standard error
   * @param outcome how it ended
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public ShellOutput {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param stdout its standard output
   * @param stderr its standard error
   * @param outcome how it ended
   * @param createdBy who created the item, in listings
   */
  public ShellOutput(String stdout, String stderr, ShellOutcome outcome, String createdBy) {
    this(stdout, stderr, outcome, createdBy, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
