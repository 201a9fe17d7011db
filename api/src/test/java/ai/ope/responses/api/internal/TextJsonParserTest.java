package ai.ope.responses.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory parser agrees with Parsson, the JSON-P reference it replaces on the hot path: the
 * same events and values for valid JSON, a rejection for everything RFC 8259 forbids.
 */
class TextJsonParserTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "{}", "[]", "0", "-0", "\"\"", "true", "false", "null", " \t\r\n{ } ",
      "{\"a\":[1,-2.5,3e10,4E-2,0.0,-0.25e+3,12345678901234567890123]}",
      "{\"esc\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t u\\u00e9\\u20AC \\ud83d\\ude00\"}",
      "{\"unicode\":\"déjà vu ☕ 😀\",\"\\u0074ype\":\"k\"}",
      "[[[[]]],{\"x\":{\"y\":{}}},[{},[]]]",
      "{\"a\":1,\"a\":2}",
      "[\"\\u0000\"]"})
  void validJsonGivesTheSameEventsAsParsson(String json) {
    assertThat(events(new TextJsonParser(json))).isEqualTo(events(parsson(json)));
  }

  @Test
  void everyRecordedPayloadGivesTheSameEventsAsParsson() throws IOException {
    Path corpus = Path.of(System.getProperty("responses.shared.dir", "../../shared"), "corpus");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus),
        "skipped: ../shared/corpus is absent");
    List<Path> files;
    try (Stream<Path> all = Files.walk(corpus)) {
      files = all.filter(file -> file.toString().endsWith(".json")).toList();
    }
    for (Path file : files) {
      String json = Files.readString(file);
      assertThat(events(new TextJsonParser(json))).as(file.toString())
          .isEqualTo(events(parsson(json)));
    }
    assertThat(files).hasSizeGreaterThan(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{", "[", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[,1]", "[01]", "[1.]",
      "[.5]", "[-]", "[+1]", "[1e]", "[1e+]", "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u12G4\"]",
      "[\"a\nb\"]", "[\"a\u0001\"]", "[tru]", "[nul]", "[True]", "{\"a\":1}}", "[1 2]",
      "{\"a\" 1}", "{1:2}", "{'a':1}", "[NaN]", "[Infinity]", "[\"unterminated", "[\"a\\",
      "{\"a\":1 \"b\":2}", "]", "}", "[}", "{]", "1 2", "{} {}", "/* */ {}", "\uFEFF{}"})
  void invalidJsonIsRejectedLikeParssonRejectsIt(String json) {
    assertThatThrownBy(() -> events(parsson(json))).isInstanceOfAny(
        JsonException.class, java.util.NoSuchElementException.class);
    assertThatThrownBy(() -> events(new TextJsonParser(json)))
        .isInstanceOfAny(JsonParsingException.class, java.util.NoSuchElementException.class);
  }

  @Test
  void emptyInputHasNoEvents() {
    assertThat(new TextJsonParser(" \n ").hasNext()).isFalse();
    assertThat(new TextJsonParser("").hasNext()).isFalse();
  }

  @Test
  void nestingDeeperThanTheLimitIsRejected() {
    String deep = "[".repeat(1001) + "]".repeat(1001);
    String allowed = "[".repeat(1000) + "]".repeat(1000);

    assertThat(events(new TextJsonParser(allowed))).hasSize(2000);
    assertThatThrownBy(() -> events(new TextJsonParser(deep)))
        .isInstanceOf(JsonParsingException.class).hasMessageContaining("nested too deeply");
  }

  @Test
  void errorsCarryLineColumnAndOffset() {
    String json = "{\n  \"a\": 1,\n  \"b\": ?\n}";

    assertThatThrownBy(() -> events(new TextJsonParser(json)))
        .isInstanceOfSatisfying(JsonParsingException.class, e -> {
          assertThat(e.getLocation().getLineNumber()).isEqualTo(3);
          assertThat(e.getLocation().getColumnNumber()).isEqualTo(8);
          assertThat(e.getLocation().getStreamOffset()).isEqualTo(json.indexOf('?'));
          assertThat(e.getMessage()).contains("expected a value but found '?'");
        });
  }

  @Test
  void peekingFindsTheDiscriminatorWithoutConsumingAnything() {
    String json = "{\"id\":\"x\",\"nested\":{\"type\":\"inner\"},\"list\":[{\"type\":\"n\"}],"
        + "\"text\":\"a \\\"type\\\": b\",\"type\":\"f\\u0075nction_call\",\"z\":1}";
    TextJsonParser parser = new TextJsonParser(json);
    parser.next();

    assertThat(parser.peekStringMember("type")).isEqualTo("function_call");
    assertThat(parser.peekStringMember("missing")).isNull();
    assertThat(parser.peekStringMember("z")).isNull();
    assertThat(events(parser)).isEqualTo(events(parsson(json)).subList(1, 22));
  }

  @Test
  void smallIntegersAreReadExactlyAndLargeOnesAreLeftToTheGeneralPath() {
    TextJsonParser parser = new TextJsonParser("[-123456789012345678,1234567890123456789,1.0]");
    parser.next();

    parser.next();
    assertThat(parser.isSmallInteger()).isTrue();
    assertThat(parser.smallInteger()).isEqualTo(-123456789012345678L);
    parser.next();
    assertThat(parser.isSmallInteger()).isFalse();
    parser.next();
    assertThat(parser.isSmallInteger()).isFalse();
    assertThat(parser.isIntegralNumber()).isFalse();
  }

  @Test
  void memberNamesAreSharedAcrossInputs() {
    TextJsonParser first = new TextJsonParser("{\"sequence_number\":1}");
    TextJsonParser second = new TextJsonParser("{\"sequence_number\":2}");
    first.next();
    first.next();
    second.next();
    second.next();

    assertThat(first.getString()).isSameAs(second.getString());
  }

  private static JsonParser parsson(String json) {
    return Json.createParser(new StringReader(json));
  }

  /** The events with their values, as comparable strings; numbers by value. */
  private static List<String> events(JsonParser parser) {
    List<String> events = new ArrayList<>();
    while (parser.hasNext()) {
      Event event = parser.next();
      switch (event) {
        case KEY_NAME:
        case VALUE_STRING:
          events.add(event + " " + parser.getString());
          break;
        case VALUE_NUMBER:
          events.add(event + " " + parser.getBigDecimal().stripTrailingZeros().toPlainString()
              + (parser.isIntegralNumber() ? " integral" : ""));
          break;
        default:
          events.add(event.toString());
      }
    }
    return events;
  }
}
