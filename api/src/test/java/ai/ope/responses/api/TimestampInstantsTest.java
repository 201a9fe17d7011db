package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Unix-second timestamps read as instants, while the wire value is written back unchanged. */
class TimestampInstantsTest {

  @Test
  void aResponsesTimestampsReadAsInstants() {
    Response response = ResponsesJson.fromJson(
        "{\"id\":\"resp_1\",\"created_at\":1796279224,\"completed_at\":1796279226}",
        Response.class);

    assertThat(response.createdAt()).isEqualTo(1.796279224E9);
    assertThat(response.createdAtInstant()).isEqualTo(Instant.parse("2026-12-03T06:27:04Z"));
    assertThat(response.completedAtInstant()).isEqualTo(Instant.parse("2026-12-03T06:27:06Z"));
  }

  @Test
  void aFractionIsReadAsTheDecimalTheMemberHolds() {
    // A double near 1.8e9 holds seven decimals of a second: the instant is that decimal, not
    // the binary value's longer expansion.
    Response response = ResponsesJson.fromJson("{\"created_at\":1796279224.123456789}",
        Response.class);

    assertThat(response.createdAtInstant())
        .isEqualTo(Instant.ofEpochSecond(1796279224L, 123_456_700L));
    assertThat(ResponsesJson.fromJson("{\"created_at\":1.5}", Response.class)
        .createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1, 500_000_000));
  }

  @Test
  void theWireValueIsWrittenBackUnchanged() {
    String json = "{\"id\":\"resp_1\",\"created_at\":1796279224,\"completed_at\":null}";
    Response response = ResponsesJson.fromJson(json, Response.class);

    assertThat(response.completedAtInstant()).isNull();
    assertThat(ResponsesJson.toJson(response)).isEqualTo(
        "{\"id\":\"resp_1\",\"created_at\":1796279224,\"completed_at\":null}");
  }

  @Test
  void anAbsentTimestampIsNull() {
    Response response = Response.builder().id("resp_1").build();

    assertThat(response.createdAtInstant()).isNull();
    assertThat(response.completedAtInstant()).isNull();
  }

  @Test
  void aCompactedResponsesTimestampReadsAsAnInstant() {
    CompactedResponse compacted = ResponsesJson.fromJson(
        "{\"id\":\"cmp_1\",\"object\":\"response.compaction\",\"created_at\":1764967971}",
        CompactedResponse.class);

    assertThat(compacted.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1764967971L));
  }

  @Test
  void aTimestampBeyondInstantsRangeIsAClearError() {
    Response response = Response.builder().createdAt(1e300).build();

    assertThatThrownBy(response::createdAtInstant).isInstanceOf(DateTimeException.class)
        .hasMessageContaining("created_at").hasMessageContaining("Instant's range");
  }
}
