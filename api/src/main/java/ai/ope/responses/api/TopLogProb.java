package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * One alternative token at a position, with its log probability.
 *
 * @param token the token
 * @param logprob its log probability
 * @param bytes its UTF-8 bytes; absent in stream events
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record TopLogProb(
    String token,
    Double logprob,
    List<Integer> bytes,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param token the token
   * @param logprob its log probability
   * @param bytes its UTF-8 bytes; absent in stream events
   * @param extra members this type does not model, or null for none
   */
  public TopLogProb {
    bytes = Values.list(bytes);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param token the token
   * @param logprob its log probability
   * @param bytes its UTF-8 bytes; absent in stream events
   */
  public TopLogProb(String token, Double logprob, List<Integer> bytes) {
    this(token, logprob, bytes, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
