package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed events are reported exactly as they were before events were decoded from bytes: the
 * same message, JSON pointer, offset in characters and excerpt, whether the data arrives as text
 * or as UTF-8 bytes. The expectations in {@code malformed-events.jsonl} were recorded from the
 * text parser the byte parser replaced; many of them have multi-byte characters before the fault.
 */
class MalformedEventReportTest {

  private static final String NAME = "response.output_text.delta";

  @Test
  void textAndBytesReportEveryFaultAsTheTextParserDid() throws IOException {
    List<JsonArray> cases = cases();
    for (JsonArray expected : cases) {
      String data = expected.getString(0);
      byte[] utf8 = data.getBytes(StandardCharsets.UTF_8);
      byte[] framed = new byte[utf8.length + 4];
      System.arraycopy(utf8, 0, framed, 2, utf8.length);

      check(expected, failure(() -> ResponsesJson.parseEvent(NAME, data)));
      check(expected, failure(() -> ResponsesJson.parseEvent(NAME, framed, 2, utf8.length)));
    }
    assertThat(cases).hasSizeGreaterThan(20);
  }

  private static ResponsesJsonException failure(Runnable read) {
    try {
      read.run();
      return null;
    } catch (ResponsesJsonException expected) {
      return expected;
    }
  }

  private static void check(JsonArray expected, ResponsesJsonException actual) {
    String input = expected.getString(0);
    assertThat(actual).as(input).isNotNull();
    assertThat(actual.getMessage()).as(input).isEqualTo(expected.getString(1));
    assertThat(actual.pointer()).as(input).contains(expected.getString(2));
    assertThat(actual.offset()).as(input).hasValue(expected.getJsonNumber(3).longValue());
    assertThat(actual.excerpt()).as(input).contains(expected.getString(4));
  }

  /** Each line: the data, then the message, pointer, offset and excerpt it must give. */
  private static List<JsonArray> cases() throws IOException {
    List<JsonArray> cases = new ArrayList<>();
    try (InputStream in = MalformedEventReportTest.class.getResourceAsStream(
        "malformed-events.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
          cases.add(reader.readArray());
        }
      }
    }
    return cases;
  }
}
