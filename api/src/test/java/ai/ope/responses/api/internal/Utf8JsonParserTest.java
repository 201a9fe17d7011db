package ai.ope.responses.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.stream.ServerSentEvent;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory parser agrees with Parsson, the JSON-P reference it replaces on the hot path: the
 * same events and values for valid JSON, a rejection for everything RFC 8259 forbids, whether
 * the bytes stand alone or sit inside a larger buffer.
 */
class Utf8JsonParserTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "{}", "[]", "0", "-0", "\"\"", "true", "false", "null", " \t\r\n{ } ",
      "{\"a\":[1,-2.5,3e10,4E-2,0.0,-0.25e+3,12345678901234567890123]}",
      "{\"esc\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t u\\u00e9\\u20AC \\ud83d\\ude00\"}",
      "{\"unicode\":\"déjà vu ☕ 😀\",\"\\u0074ype\":\"k\"}",
      "[[[[]]],{\"x\":{\"y\":{}}},[{},[]]]",
      "{\"a\":1,\"a\":2}",
      "[\"\\u0000\"]",
      "[\"\\ud800 lone\",\"\\udc00\",\"x\\uDBFF\"]",
      "{\"é\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\",\"ключ\":\"значение\",\"鍵\":\"值\",\"🔑\":\"🗝️\"}",
      "[1e400,-1e-400,1.7976931348623157e308,4.9e-324,9007199254740993,-0.0,1E+2]",
      "[123456789012345678901234567890.123456789e-12345,-9223372036854775809]"})
  void validJsonGivesTheSameEventsAsParsson(String json) {
    assertThat(events(parser(json))).isEqualTo(events(parsson(json)));
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
      assertThat(events(parser(json))).as(file.toString())
          .isEqualTo(events(parsson(json)));
    }
    assertThat(files).hasSizeGreaterThan(200);
  }

  @Test
  void everyRecordedStreamEventGivesTheSameEventsAsParsson() throws IOException {
    int events = 0;
    for (Path stream : ai.ope.responses.api.SharedFixtures.corpusStreams()) {
      for (ServerSentEvent frame : ServerSentEvent.parseAll(Files.readString(stream))) {
        if (!frame.isDone()) {
          assertThat(events(parser(frame.data()))).as(stream + " " + frame.data())
              .isEqualTo(events(parsson(frame.data())));
          events++;
        }
      }
    }
    assertThat(events).isGreaterThan(5000);
  }

  @Test
  void stringsWithMultiByteCharactersAndEscapesDecodeOnce() {
    String json = "[\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti é € 😀 \\u00e9\\u20AC\\ud83d\\ude00 ok\","
        + "\"" + "é€😀".repeat(40) + "\",\"\\ud83d\"]";
    Utf8JsonParser parser = parser(json);
    parser.next();

    parser.next();
    assertThat(parser.getString()).isEqualTo("a\"b\\c/d\be\ff\ng\rh\ti é € 😀 é€😀 ok");
    parser.next();
    assertThat(parser.getString()).isEqualTo("é€😀".repeat(40));
    parser.next();
    assertThat(parser.getString()).isEqualTo("\ud83d");
  }

  @Test
  void malformedUtf8InAStringBecomesTheReplacementCharacterAsTheJdkDecodesIt() {
    byte[] json = {'[', '"', 'a', (byte) 0xC3, '"', ',', '"', (byte) 0xFF, '\\', 'n',
        (byte) 0xE2, (byte) 0x82, '"', ']'};
    Utf8JsonParser parser = new Utf8JsonParser(json, 0, json.length, null);
    parser.next();

    parser.next();
    assertThat(parser.getString()).isEqualTo("a\uFFFD");
    parser.next();
    assertThat(parser.getString()).isEqualTo("\uFFFD\n\uFFFD");
  }

  @Test
  void doublesAreTheNearestDoubleAsParseDoubleGivesThem() {
    Random random = new Random(7);
    List<String> numbers = new ArrayList<>(List.of("0", "-0", "0.0", "-0.0", "1", "0.1", "0.7",
        "1e22", "1e23", "1e-22", "1e-23", "123456789012345", "1234567890123456",
        "0.000000000000001", "9007199254740993", "4.35", "2.675", "1.7976931348623157e308",
        "4.9e-324", "1e400", "-1e-400", "1E+2", "5e-1", "12.5e-3"));
    for (int i = 0; i < 20_000; i++) {
      numbers.add(Double.toString(Double.longBitsToDouble(random.nextLong())).replace("Infinity",
          "1").replace("NaN", "2"));
      numbers.add((random.nextBoolean() ? "-" : "") + random.nextInt(100_000) + "."
          + random.nextInt(1_000_000_000) + (random.nextBoolean() ? "" : "e" + (random.nextInt(60)
          - 30)));
    }
    for (String number : numbers) {
      Utf8JsonParser parser = parser(number);
      parser.next();
      assertThat(parser.doubleValue()).as(number).isEqualTo(Double.parseDouble(number));
    }
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
    assertThatThrownBy(() -> events(parser(json)))
        .isInstanceOfAny(JsonParsingException.class, java.util.NoSuchElementException.class);
  }

  @Test
  void emptyInputHasNoEvents() {
    assertThat(parser(" \n ").hasNext()).isFalse();
    assertThat(parser("").hasNext()).isFalse();
  }

  @Test
  void nestingDeeperThanTheLimitIsRejected() {
    String deep = "[".repeat(1001) + "]".repeat(1001);
    String allowed = "[".repeat(1000) + "]".repeat(1000);

    assertThat(events(parser(allowed))).hasSize(2000);
    assertThatThrownBy(() -> events(parser(deep)))
        .isInstanceOf(JsonParsingException.class).hasMessageContaining("nested too deeply");
  }

  @Test
  void errorsCarryLineColumnAndOffset() {
    String json = "{\n  \"a\": 1,\n  \"b\": ?\n}";

    assertThatThrownBy(() -> events(parser(json)))
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
    Utf8JsonParser parser = parser(json);
    parser.next();

    NameTable types = new NameTable(List.of("message", "function_call"));

    assertThat(parser.peekStringMember(utf8("type"), types)).isEqualTo(1);
    assertThat(parser.peekStringMember(utf8("missing"), types)).isEqualTo(-1);
    assertThat(parser.peekStringMember(utf8("z"), types)).isEqualTo(-1);
    assertThat(parser.peekStringMember(utf8("id"), types)).isEqualTo(-1);
    assertThat(events(parser)).isEqualTo(events(parsson(json)).subList(1, 22));
  }

  @Test
  void aLongStringSteppedOverWhilePeekingReadsBackAsParssonReadsIt() {
    String image = "iVBORw0KGgo+/".repeat(1000);
    NameTable types = new NameTable(List.of("image_generation_call"));
    for (String result : new String[] {image, image + "\\/x", "\\n" + image, "é" + image}) {
      String json = "{\"result\":\"" + result + "\",\"nested\":{\"big\":\"" + result
          + "\"},\"type\":\"image_generation_call\"}";
      Utf8JsonParser parser = parser(json);
      parser.next();

      assertThat(parser.peekStringMember(utf8("type"), types)).isEqualTo(0);
      assertThat(events(parser)).isEqualTo(events(parsson(json)).subList(1, 11));
    }
  }

  @Test
  void aControlCharacterInALongStringSteppedOverWhilePeekingIsStillRejected() {
    String json = "{\"result\":\"" + "A".repeat(8000) + "\u0001" + "B".repeat(100)
        + "\",\"type\":\"image_generation_call\"}";
    Utf8JsonParser parser = parser(json);
    parser.next();
    parser.peekStringMember(utf8("type"), new NameTable(List.of("image_generation_call")));

    assertThat(parser.next()).isEqualTo(Event.KEY_NAME);
    assertThatThrownBy(parser::next).isInstanceOf(JsonParsingException.class)
        .hasMessageContaining("control character");
  }

  @Test
  void theFirstMemberIsToldWithoutConsumingIt() {
    byte[] type = utf8("type");
    for (String json : new String[] {"{\"type\":1}", " { \n\"type\" :1}"}) {
      Utf8JsonParser parser = parser(json);
      parser.next();
      assertThat(parser.nextIsMember(type)).as(json).isTrue();
      assertThat(parser.next()).isEqualTo(Event.KEY_NAME);
      assertThat(parser.getString()).isEqualTo("type");
    }
    for (String json : new String[] {"{\"typex\":1}", "{\"typ\":1}", "{\"t\\u0079pe\":1}",
        "{\"id\":1,\"type\":2}", "{}", "{\"type", "[\"type\"]"}) {
      Utf8JsonParser parser = parser(json);
      parser.next();
      assertThat(parser.nextIsMember(type)).as(json).isFalse();
    }
  }

  @Test
  void anExpectedNameIsTakenWholeOnlyWhenItIsExactlyThere() {
    NameTable names = new NameTable(List.of("type", "typed", "id"));
    Utf8JsonParser parser = parser(
        "{\"typed\":{},\"t\\u0079pe\":1,\"type\":[{\"id\":2}],\"id\":3}");
    parser.next();

    parser.expectName(names.plainBytes(0));
    assertThat(parser.next()).isEqualTo(Event.KEY_NAME);
    assertThat(parser.memberIndex(names, 0)).as("typed is not type").isEqualTo(1);
    parser.next();
    parser.expectName(names.plainBytes(2));
    assertThat(parser.next()).as("the hint is for the next read only").isEqualTo(Event.END_OBJECT);
    parser.next();
    assertThat(parser.memberIndex(names, 0)).as("escaped, and no stale hint").isEqualTo(0);
    parser.next();
    parser.expectName(names.plainBytes(0));
    parser.next();
    assertThat(parser.memberIndex(names, 0)).isEqualTo(0);
    assertThat(parser.getString()).isEqualTo("type");
    parser.next();
    parser.next();
    parser.next();
    assertThat(parser.memberIndex(names, 0)).isEqualTo(2);
    assertThat(events(parser)).containsExactly("VALUE_NUMBER 2 integral", "END_OBJECT",
        "END_ARRAY", "KEY_NAME id", "VALUE_NUMBER 3 integral", "END_OBJECT");
  }

  @Test
  void smallIntegersAreReadExactlyAndLargeOnesAreLeftToTheGeneralPath() {
    Utf8JsonParser parser = parser("[-123456789012345678,1234567890123456789,1.0]");
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
    Utf8JsonParser first = parser("{\"sequence_number\":1}");
    Utf8JsonParser second = parser("{\"sequence_number\":2}");
    first.next();
    first.next();
    second.next();
    second.next();

    assertThat(first.getString()).isSameAs(second.getString());
  }

  /** A parser of the text's UTF-8 bytes, placed inside a larger buffer to check the bounds. */
  static Utf8JsonParser parser(String json) {
    byte[] utf8 = utf8(json);
    byte[] buffer = new byte[utf8.length + 6];
    Arrays.fill(buffer, (byte) '}');
    System.arraycopy(utf8, 0, buffer, 3, utf8.length);
    return new Utf8JsonParser(buffer, 3, 3 + utf8.length, null);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
