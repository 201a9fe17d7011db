package ai.ope.responses.testkit;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One server-sent event of a streamed answer, as the fake server sent it and when: see
 * {@link RecordedResponse#events()}. Immutable.
 */
public final class RecordedEvent {

  private final Duration offset;
  private final String name;
  private final String data;
  private final int dataBytes;
  private final Optional<JsonValue> json;

  RecordedEvent(Duration offset, String name, String data, int dataBytes) {
    this.offset = offset;
    this.name = name;
    this.data = data;
    this.dataBytes = dataBytes;
    this.json = Json.parse(data);
  }

  /**
   * When the event's last byte was written, counted from the moment the response headers went
   * out.
   *
   * @return the offset, zero or more
   */
  public Duration offset() {
    return offset;
  }

  /**
   * The event's {@code event:} field.
   *
   * @return the name, e.g. {@code response.output_text.delta}; empty when the event had none
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The event's data: its {@code data:} lines joined with line feeds.
   *
   * @return the data; empty when it had none
   */
  public String data() {
    return data;
  }

  /**
   * The size of {@link #data()} in UTF-8.
   *
   * @return the byte count
   */
  public int dataBytes() {
    return dataBytes;
  }

  /**
   * The data as JSON.
   *
   * @return the value; empty when the data is not JSON
   */
  public Optional<JsonValue> json() {
    return json;
  }

  /**
   * The {@code type} member of the data.
   *
   * @return e.g. {@code response.created}; empty when the data is not an object with a string
   *     {@code type}
   */
  public Optional<String> type() {
    return member("type").filter(JsonString.class::isInstance)
        .map(value -> ((JsonString) value).getString());
  }

  /**
   * The {@code sequence_number} member of the data.
   *
   * @return the number; empty when the data has no integral {@code sequence_number}
   */
  public OptionalLong sequenceNumber() {
    return member("sequence_number").filter(JsonNumber.class::isInstance)
        .map(JsonNumber.class::cast).filter(JsonNumber::isIntegral)
        .map(number -> OptionalLong.of(number.longValue())).orElse(OptionalLong.empty());
  }

  /**
   * The {@code delta} member of the data, when it is a string (text and argument deltas).
   *
   * @return the delta; empty otherwise
   */
  public Optional<String> delta() {
    return member("delta").filter(JsonString.class::isInstance)
        .map(value -> ((JsonString) value).getString());
  }

  private Optional<JsonValue> member(String member) {
    return json.filter(JsonObject.class::isInstance)
        .map(value -> value.asJsonObject().get(member));
  }

  @Override
  public String toString() {
    return "RecordedEvent[" + (name == null ? type().orElse("?") : name) + " at "
        + offset.toNanos() / 1_000_000.0 + " ms, " + dataBytes + " bytes]";
  }
}
