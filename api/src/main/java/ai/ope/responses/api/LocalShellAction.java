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
import java.util.Map;

/**
 * A command for the local shell tool ({@code "type": "exec"}).
 *
 * @param command the argument vector
 * @param env environment variables
 * @param timeoutMs a time limit
 * @param workingDirectory where to run it
 * @param user whom to run it as
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("exec")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record LocalShellAction(
    List<String> command,
    Map<String, String> env,
    Integer timeoutMs,
    String workingDirectory,
    String user,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param command the argument vector
   * @param env environment variables
   * @param timeoutMs a time limit
   * @param workingDirectory where to run it
   * @param user whom to run it as
   * @param extra members this type does not model, or null for none
   */
  public LocalShellAction {
    command = Values.list(command);
    env = Values.map(env);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param command the argument vector
   * @param env environment variables
   * @param timeoutMs a time limit
   * @param workingDirectory where to run it
   * @param user whom to run it as
   */
  public LocalShellAction(
      List<String> command, Map<String, String> env, Integer timeoutMs, String workingDirectory,
      String user) {
    this(command, env, timeoutMs, workingDirectory, user, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
