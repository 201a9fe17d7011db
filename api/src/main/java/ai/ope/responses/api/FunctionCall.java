package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import ai.ope.responses.api.schema.StructuredJson;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The model asks the application to run one of its function tools ({@code "type":
 * "function_call"}). Run it and send a {@link FunctionCallOutput} with the same {@code callId}.
 *
 * @param id the item id
 * @param callId the id that links the call and its output
 * @param namespace the namespace tool the function belongs to, if any
 * @param name the function
 * @param arguments the arguments as JSON text
 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
 * @param caller who made the call: the model directly, or a program it wrote
 * @param createdBy who created the item, in listings
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("function_call")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record FunctionCall(
    String id,
    String callId,
    String namespace,
    String name,
    String arguments,
    String status,
    ToolCallCaller caller,
    String createdBy,
    JsonObject extra) implements OutputItem {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param namespace the namespace tool the function belongs to, if any
   * @param name the function
   * @param arguments the arguments as JSON text
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param caller who made the call: the model directly, or a program it wrote
   * @param createdBy who created the item, in listings
   * @param extra members this type does not model, or null for none
   */
  public FunctionCall {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the item id
   * @param callId the id that links the call and its output
   * @param namespace the namespace tool the function belongs to, if any
   * @param name the function
   * @param arguments the arguments as JSON text
   * @param status {@code in_progress}, {@code completed} or {@code incomplete}
   * @param caller who made the call: the model directly, or a program it wrote
   * @param createdBy who created the item, in listings
   */
  public FunctionCall(
      String id, String callId, String namespace, String name, String arguments, String status,
      ToolCallCaller caller, String createdBy) {
    this(id, callId, namespace, name, arguments, status, caller, createdBy, null);
  }

  /**
   * The arguments bound to the record the function's schema was made from
   * ({@link Tool#function(Class)}).
   *
   * @param <T> the record type
   * @param type the record class
   * @return the arguments
   * @throws ResponsesJsonException when the arguments do not bind to the record
   */
  public <T> T arguments(Class<T> type) {
    return StructuredJson.read(arguments == null ? "{}" : arguments, type);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
