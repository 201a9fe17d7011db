package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * An API error: what went wrong, its class and code, and the offending parameter.
 *
 * @param message what went wrong
 * @param type its class, e.g. {@code invalid_request_error}
 * @param param the offending parameter, if any
 * @param code a machine-readable code, if any
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ApiError(
    String message,
    String type,
    String param,
    String code,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param message what went wrong
   * @param type its class, e.g. {@code invalid_request_error}
   * @param param the offending parameter, if any
   * @param code a machine-readable code, if any
   * @param extra members this type does not model, or null for none
   */
  public ApiError {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param message what went wrong
   * @param type its class, e.g. {@code invalid_request_error}
   * @param param the offending parameter, if any
   * @param code a machine-readable code, if any
   */
  public ApiError(String message, String type, String param, String code) {
    this(message, type, param, code, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
