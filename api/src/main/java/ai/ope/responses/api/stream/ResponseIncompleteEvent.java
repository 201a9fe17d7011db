package ai.ope.responses.api.stream;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The response ended incomplete (see its {@code incomplete_details}): a final event.
 *
 * @param sequenceNumber the position of the event in its stream; absent from some older servers
 * @param response the response at this point
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("response.incomplete")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ResponseIncompleteEvent(
    Integer sequenceNumber,
    Response response,
    JsonObject extra) implements ResponseLifecycleEvent {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param response the response at this point
   * @param extra members this type does not model, or null for none
   */
  public ResponseIncompleteEvent {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param response the response at this point
   */
  public ResponseIncompleteEvent(Integer sequenceNumber, Response response) {
    this(sequenceNumber, response, null);
  }

  @Override
  public boolean isTerminal() {
    return true;
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
