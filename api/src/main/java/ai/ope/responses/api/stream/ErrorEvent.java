package ai.ope.responses.api.stream;

import ai.ope.responses.api.ApiError;
import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The stream failed: a final event. The details are top-level members, or (on some servers) an
 * {@code error} object.
 *
 * @param sequenceNumber the position of the event in its stream; absent from some older servers
 * @param code a machine-readable code, if any
 * @param message what went wrong
 * @param param the offending parameter, if any
 * @param error the details, when the server nests them
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("error")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ErrorEvent(
    Integer sequenceNumber,
    String code,
    String message,
    String param,
    ApiError error,
    JsonObject extra) implements ResponseStreamEvent {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param code a machine-readable code, if any
   * @param message what went wrong
   * @param param the offending parameter, if any
   * @param error the details, when the server nests them
   * @param extra members this type does not model, or null for none
   */
  public ErrorEvent {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param code a machine-readable code, if any
   * @param message what went wrong
   * @param param the offending parameter, if any
   * @param error the details, when the server nests them
   */
  public ErrorEvent(
      Integer sequenceNumber, String code, String message, String param, ApiError error) {
    this(sequenceNumber, code, message, param, error, null);
  }

  @Override
  public boolean isTerminal() {
    return true;
  }

  /**
   * The message, wherever the server put it.
   *
   * @return the top-level message, else the nested one, else null
   */
  public String errorMessage() {
    return message != null ? message : error == null ? null : error.message();
  }

  /**
   * The code, wherever the server put it.
   *
   * @return the top-level code, else the nested one, else null
   */
  public String errorCode() {
    return code != null ? code : error == null ? null : error.code();
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
