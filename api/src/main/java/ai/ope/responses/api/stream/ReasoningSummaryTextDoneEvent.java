package ai.ope.responses.api.stream;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.Values;
import ai.ope.responses.api.internal.WireType;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * A reasoning summary text is complete.
 *
 * @param sequenceNumber the position of the event in its stream; absent from some older servers
 * @param itemId the output item it belongs to
 * @param outputIndex the item's index in {@code output}
 * @param summaryIndex the part's index in the reasoning item's {@code summary}
 * @param text the whole text
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@WireType("response.reasoning_summary_text.done")
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record ReasoningSummaryTextDoneEvent(
    Integer sequenceNumber,
    String itemId,
    Integer outputIndex,
    Integer summaryIndex,
    String text,
    JsonObject extra) implements ResponseStreamEvent {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param itemId the output item it belongs to
   * @param outputIndex the item's index in {@code output}
   * @param summaryIndex the part's index in the reasoning item's {@code summary}
   * @param text the whole text
   * @param extra members this type does not model, or null for none
   */
  public ReasoningSummaryTextDoneEvent {
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param sequenceNumber the position of the event in its stream; absent from some older servers
   * @param itemId the output item it belongs to
   * @param outputIndex the item's index in {@code output}
   * @param summaryIndex the part's index in the reasoning item's {@code summary}
   * @param text the whole text
   */
  public ReasoningSummaryTextDoneEvent(
      Integer sequenceNumber, String itemId, Integer outputIndex, Integer summaryIndex,
      String text) {
    this(sequenceNumber, itemId, outputIndex, summaryIndex, text, null);
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
