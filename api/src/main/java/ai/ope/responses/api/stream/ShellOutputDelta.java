package ai.ope.responses.api.stream;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * New output of a shell command.
 *
 * @param stdout standard output to append
 * @param stderr standard error to append
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ShellOutputDelta(
    String stdout,
    String stderr,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param stdout standard output to append
   * @param stderr standard error to append
   * @param extra members this type does not model, or null for none
   */
  public ShellOutputDelta {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param stdout standard output to append
   * @param stderr standard error to append
   */
  public ShellOutputDelta(String stdout, String stderr) {
    this(stdout, stderr, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
