package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.ModelStrings;
import ai.ope.responses.api.internal.UnixSeconds;
import ai.ope.responses.api.internal.Values;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.time.Instant;
import java.util.List;

/**
 * The answer to {@code POST /responses/compact}: the conversation, compacted.
 *
 * @param id the compaction
 * @param object {@code response.compaction}
 * @param createdAt when it was made, in Unix seconds
 * @param output the kept messages and a {@link Compaction} item
 * @param usage tokens used
 * @param extra members this type does not model, and modelled members that were sent as an explicit
 *     {@code null}
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public record CompactedResponse(
    String id,
    String object,
    Double createdAt,
    List<OutputItem> output,
    Usage usage,
    JsonObject extra) {

  /**
   * Creates the value; lists and maps are copied, and a null {@code extra} becomes empty.
   *
   * @param id the compaction
   * @param object {@code response.compaction}
   * @param createdAt when it was made, in Unix seconds
   * @param output the kept messages and a {@link Compaction} item
   * @param usage tokens used
   * @param extra members this type does not model, or null for none
   */
  public CompactedResponse {
    output = Values.list(output);
    extra = Values.extra(extra);
  }

  /**
   * Creates the value with no unmodelled members.
   *
   * @param id the compaction
   * @param object {@code response.compaction}
   * @param createdAt when it was made, in Unix seconds
   * @param output the kept messages and a {@link Compaction} item
   * @param usage tokens used
   */
  public CompactedResponse(
      String id, String object, Double createdAt, List<OutputItem> output, Usage usage) {
    this(id, object, createdAt, output, usage, null);
  }

  /**
   * {@link #createdAt()} as an instant: the Unix seconds the server sent, read to the
   * nanosecond. The wire value stays in {@code createdAt}.
   *
   * @return when it was made; null when the server did not say
   * @throws java.time.DateTimeException when the value is beyond {@link Instant}'s range
   */
  public Instant createdAtInstant() {
    return UnixSeconds.toInstant(createdAt, "created_at");
  }

  // Each member once: a modelled member sent as an explicit null is kept in extra (to be
  // written back) but shown only as the member.
  @Override
  public String toString() {
    return ModelStrings.describe(this);
  }
}
