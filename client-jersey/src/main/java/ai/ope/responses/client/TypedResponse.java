package ai.ope.responses.client;

import ai.ope.responses.api.ContentPart;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.Refusal;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponseStatus;
import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.schema.StructuredJson;
import java.util.Objects;
import java.util.Optional;

/**
 * A response whose answer is a record ({@link ResponsesClient#create(
 * ai.ope.responses.api.CreateResponseRequest, Class)}): {@link #output()} is the answer bound to
 * it, unless the model refused or stopped early, which {@link #refusal()} and the exception say.
 * For a stream, wrap its final response: {@code TypedResponse.of(stream.finalResponse(), type)}.
 *
 * @param <T> the record type
 */
public final class TypedResponse<T> {

  private final Response response;
  private final Class<T> type;

  private TypedResponse(Response response, Class<T> type) {
    this.response = response;
    this.type = type;
  }

  /**
   * A response read as a structured answer of this type.
   *
   * @param <T> the record type
   * @param response the response (of a request made with {@code withOutputType(type)})
   * @param type the record class
   * @return the typed response
   */
  public static <T> TypedResponse<T> of(Response response, Class<T> type) {
    return new TypedResponse<>(Objects.requireNonNull(response, "response"),
        Objects.requireNonNull(type, "type"));
  }

  /**
   * The response as the server sent it.
   *
   * @return the response
   */
  public Response response() {
    return response;
  }

  /**
   * What the model said instead of answering, when it refused.
   *
   * @return the refusal, if the output holds one
   */
  public Optional<String> refusal() {
    if (response.output() == null) {
      return Optional.empty();
    }
    for (OutputItem item : response.output()) {
      if (item instanceof Message message && message.content() != null) {
        for (ContentPart part : message.content().parts()) {
          if (part instanceof Refusal refusal) {
            return Optional.ofNullable(refusal.refusal());
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The answer, bound to the record.
   *
   * @return the answer
   * @throws StructuredOutputException when the model refused, the response is incomplete, or
   *     the text does not bind to the record
   */
  public T output() {
    Optional<String> refused = refusal();
    if (refused.isPresent()) {
      throw new StructuredOutputException("the model refused to answer with a "
          + type.getSimpleName() + ": " + refused.get(), response, refused.get(), null);
    }
    if (ResponseStatus.INCOMPLETE.equals(response.status())) {
      String reason = response.incompleteDetails() == null ? "unknown"
          : response.incompleteDetails().reason();
      throw new StructuredOutputException("the response is incomplete (" + reason + "): no whole "
          + type.getSimpleName() + " to read", response, null, null);
    }
    String text = response.outputText();
    try {
      return StructuredJson.read(text, type);
    } catch (ResponsesJsonException e) {
      throw new StructuredOutputException(StructuredOutputException.notBound(type, text, e),
          response, null, e);
    }
  }

  @Override
  public String toString() {
    return "TypedResponse[" + type.getSimpleName() + ", " + response.id() + "]";
  }
}
