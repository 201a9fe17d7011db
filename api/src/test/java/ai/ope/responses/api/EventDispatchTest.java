package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.UnknownStreamEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An event is the same event wherever its {@code type} stands and however it is spelled, from
 * text and from bytes: the decoder's shortcuts (the type matched on its bytes when it comes first,
 * looked up ahead when it does not) change nothing but speed.
 */
class EventDispatchTest {

  private static final OutputTextDeltaEvent DELTA =
      new OutputTextDeltaEvent(7, "msg_1", 0, 0, "Hi", null, null);

  @Test
  void theTypeIsFoundFirstLastOrEscaped() {
    for (String json : new String[] {
        "{\"type\":\"response.output_text.delta\",\"sequence_number\":7,\"item_id\":\"msg_1\","
            + "\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\"}",
        " { \"type\" : \"response.output_text.delta\" , \"sequence_number\":7,\"item_id\":"
            + "\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\"}",
        "{\"sequence_number\":7,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,"
            + "\"delta\":\"Hi\",\"type\":\"response.output_text.delta\"}",
        "{\"t\\u0079pe\":\"response.output_text.delta\",\"sequence_number\":7,\"item_id\":"
            + "\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\"}",
        "{\"type\":\"response.output_text.d\\u0065lta\",\"sequence_number\":7,\"item_id\":"
            + "\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\"}",
        "{\"delta\":\"Hi\",\"t\\u0079pe\":\"response.output_text.delta\",\"sequence_number\":7,"
            + "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0}"}) {
      assertThat(fromText(json)).as(json).isEqualTo(DELTA);
      assertThat(fromBytes(json)).as(json).isEqualTo(DELTA);
    }
  }

  @Test
  void membersInAnyOrderReadTheSameWhileTheDecoderLearnsTheOrderServersWrite() {
    String[] orders = {
        "{\"type\":\"response.output_text.delta\",\"sequence_number\":7,\"item_id\":\"msg_1\","
            + "\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\"}",
        "{\"type\":\"response.output_text.delta\",\"content_index\":0,\"delta\":\"Hi\","
            + "\"item_id\":\"msg_1\",\"output_index\":0,\"sequence_number\":7}",
        "{\"delta\":\"Hi\",\"x\":1,\"output_index\":0,\"type\":\"response.output_text.delta\","
            + "\"item_id\":\"msg_1\",\"content_index\":0,\"sequence_number\":7}"};
    for (int round = 0; round < 200; round++) {
      String json = orders[round % orders.length];
      ResponseStreamEvent expected = json.contains("\"x\"") ? new OutputTextDeltaEvent(7,
          "msg_1", 0, 0, "Hi", null, null, jakarta.json.Json.createObjectBuilder().add("x", 1)
          .build()) : DELTA;

      assertThat(fromBytes(json)).as(json).isEqualTo(expected);
      assertThat(fromText(json)).as(json).isEqualTo(expected);
    }
  }

  @Test
  void aTypeThatIsUnknownOrNotAStringKeepsTheJsonAsItCame() {
    for (String json : new String[] {
        "{\"type\":\"response.hologram.delta\",\"sequence_number\":3,\"beam\":[1,2]}",
        "{\"type\":7,\"sequence_number\":3}",
        "{\"sequence_number\":3,\"type\":\"response.hologram.delta\"}",
        "{\"typed\":\"response.output_text.delta\",\"sequence_number\":3}", "{}"}) {
      for (ResponseStreamEvent event : new ResponseStreamEvent[] {fromText(json),
          fromBytes(json)}) {
        assertThat(event).as(json).isInstanceOf(UnknownStreamEvent.class);
        assertThat(ResponsesJson.toJson(event)).as(json).isEqualTo(json);
      }
    }
  }

  private static ResponseStreamEvent fromText(String json) {
    return ResponsesJson.parseEvent(null, json);
  }

  private static ResponseStreamEvent fromBytes(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return ResponsesJson.parseEvent(null, bytes, 0, bytes.length);
  }
}
