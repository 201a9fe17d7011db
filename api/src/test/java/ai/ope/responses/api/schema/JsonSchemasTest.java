package ai.ope.responses.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Records in, strict JSON Schemas out: a table of shapes, each with the schema it must give. */
class JsonSchemasTest {

  public record Point(int x, double y, String label, boolean visible) {}

  public enum Status { OPEN, SHIPPED }

  public record Line(String sku, int quantity) {}

  public record Order(String orderId, List<Line> lines, Status status, Set<String> tags) {}

  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface Nullable {}

  public record Event(String name, Optional<LocalDate> date, @Nullable String note, Instant at,
      Duration length, UUID id, Optional<Line> firstLine) {}

  public record TreeNode(String value, List<TreeNode> children) {}

  public record Section(String heading, List<Section> subsections) {}

  public record Doc(String title, Section body) {}

  @Description("A person to greet")
  public record Greeting(@JsonbProperty("who") String personName,
      @Description("How warm, 1 to 5") int warmthLevel) {}

  public record Signup(@Size(min = 1, max = 5) List<String> handles, @Size(max = 20) String nick,
      @Min(0) @Max(10) int score, @Pattern(regexp = "^[A-Z]{2}$") String country,
      @Email String email) {}

  public record Scores(Map<String, Integer> byName) {}

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(Point.class, "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":"
            + "\"integer\"},\"y\":{\"type\":\"number\"},\"label\":{\"type\":\"string\"},"
            + "\"visible\":{\"type\":\"boolean\"}},\"required\":[\"x\",\"y\",\"label\","
            + "\"visible\"],\"additionalProperties\":false}"),
        Arguments.of(Order.class, "{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":"
            + "\"string\"},\"lines\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
            + "\"properties\":{\"sku\":{\"type\":\"string\"},\"quantity\":{\"type\":"
            + "\"integer\"}},\"required\":[\"sku\",\"quantity\"],\"additionalProperties\":"
            + "false}},\"status\":{\"type\":\"string\",\"enum\":[\"OPEN\",\"SHIPPED\"]},"
            + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":"
            + "[\"order_id\",\"lines\",\"status\",\"tags\"],\"additionalProperties\":false}"),
        Arguments.of(Event.class, "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":"
            + "\"string\"},\"date\":{\"type\":[\"string\",\"null\"],\"format\":\"date\"},"
            + "\"note\":{\"type\":[\"string\",\"null\"]},\"at\":{\"type\":\"string\","
            + "\"format\":\"date-time\"},\"length\":{\"type\":\"string\",\"format\":"
            + "\"duration\"},\"id\":{\"type\":\"string\",\"format\":\"uuid\"},\"first_line\":"
            + "{\"anyOf\":[{\"type\":\"object\",\"properties\":{\"sku\":{\"type\":\"string\"},"
            + "\"quantity\":{\"type\":\"integer\"}},\"required\":[\"sku\",\"quantity\"],"
            + "\"additionalProperties\":false},{\"type\":\"null\"}]}},\"required\":[\"name\","
            + "\"date\",\"note\",\"at\",\"length\",\"id\",\"first_line\"],"
            + "\"additionalProperties\":false}"),
        Arguments.of(TreeNode.class, "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":"
            + "\"string\"},\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#\"}}},"
            + "\"required\":[\"value\",\"children\"],\"additionalProperties\":false}"),
        Arguments.of(Doc.class, "{\"type\":\"object\",\"properties\":{\"title\":{\"type\":"
            + "\"string\"},\"body\":{\"type\":\"object\",\"properties\":{\"heading\":{\"type\":"
            + "\"string\"},\"subsections\":{\"type\":\"array\",\"items\":{\"$ref\":"
            + "\"#/$defs/Section\"}}},\"required\":[\"heading\",\"subsections\"],"
            + "\"additionalProperties\":false}},\"required\":[\"title\",\"body\"],"
            + "\"additionalProperties\":false,\"$defs\":{\"Section\":{\"type\":\"object\","
            + "\"properties\":{\"heading\":{\"type\":\"string\"},\"subsections\":{\"type\":"
            + "\"array\",\"items\":{\"$ref\":\"#/$defs/Section\"}}},\"required\":[\"heading\","
            + "\"subsections\"],\"additionalProperties\":false}}}"),
        Arguments.of(Greeting.class, "{\"type\":\"object\",\"description\":\"A person to greet\","
            + "\"properties\":{\"who\":{\"type\":\"string\"},\"warmth_level\":{\"type\":"
            + "\"integer\",\"description\":\"How warm, 1 to 5\"}},\"required\":[\"who\","
            + "\"warmth_level\"],\"additionalProperties\":false}"),
        Arguments.of(Signup.class, "{\"type\":\"object\",\"properties\":{\"handles\":{\"type\":"
            + "\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"maxItems\":5},"
            + "\"nick\":{\"type\":\"string\",\"maxLength\":20},\"score\":{\"type\":\"integer\","
            + "\"minimum\":0,\"maximum\":10},\"country\":{\"type\":\"string\",\"pattern\":"
            + "\"^[A-Z]{2}$\"},\"email\":{\"type\":\"string\",\"format\":\"email\"}},"
            + "\"required\":[\"handles\",\"nick\",\"score\",\"country\",\"email\"],"
            + "\"additionalProperties\":false}"));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void eachShapeGivesItsSchemaAndTheSchemaIsStrict(Class<?> type, String expected) {
    JsonObject schema = JsonSchemas.of(type);

    assertThat(schema).isEqualTo(json(expected));
    assertThat(SchemaCheck.strictProblems(schema)).isEmpty();
  }

  @Test
  void whatStructuredJsonWritesConformsToTheSchemaAndReadsBack() {
    Order order = new Order("A-1", List.of(new Line("pen", 2)), Status.SHIPPED,
        Set.of("gift"));
    Event event = new Event("launch", Optional.empty(), null, Instant.parse(
        "2026-11-25T10:00:00Z"), Duration.ofMinutes(90), UUID.nameUUIDFromBytes(new byte[] {1}),
        Optional.of(new Line("cup", 1)));
    Greeting greeting = new Greeting("Ada", 5);
    TreeNode tree = new TreeNode("root", List.of(new TreeNode("leaf", List.of())));

    for (Object value : List.of(order, event, greeting, tree)) {
      String json = StructuredJson.write(value);
      JsonObject schema = JsonSchemas.of(value.getClass());

      assertThat(SchemaCheck.violations(schema, json(json))).as(json).isEmpty();
      assertThat(StructuredJson.read(json, value.getClass())).isEqualTo(value);
    }
  }

  public record Meeting(LocalDateTime start, LocalTime reminder, URI link) {}

  @Test
  void localTimesAndUrisGetSchemasAModelCanFollowAndStrictModeAccepts() {
    JsonObject properties = JsonSchemas.of(Meeting.class).getJsonObject("properties");

    // date-time and time formats demand an offset a local value cannot bind; strict mode
    // knows no uri format
    assertThat(properties.getJsonObject("start")).doesNotContainKey("format")
        .containsKey("pattern");
    assertThat(properties.getJsonObject("reminder")).doesNotContainKey("format")
        .containsKey("pattern");
    assertThat(properties.getJsonObject("link")).isEqualTo(json("{\"type\":\"string\"}"));
    assertThat(JsonSchemas.of(Meeting.class, false).getJsonObject("properties")
        .getJsonObject("link").getString("format")).isEqualTo("uri");
    Meeting meeting = new Meeting(LocalDateTime.parse("2026-12-03T09:30:15.250"),
        LocalTime.parse("09:25"), URI.create("https://example.com/m"));
    String written = StructuredJson.write(meeting);
    for (String member : List.of("start", "reminder")) {
      String text = json(written).asJsonObject().getString(member);
      assertThat(text).matches(properties.getJsonObject(member).getString("pattern"));
    }
    assertThat(StructuredJson.read(written, Meeting.class)).isEqualTo(meeting);
  }

  @Test
  void aMapHasANonStrictSchemaOnly() {
    assertThat(JsonSchemas.of(Scores.class, false).getJsonObject("properties")
        .getJsonObject("by_name")).isEqualTo(json(
            "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}"));
    assertThatThrownBy(() -> JsonSchemas.of(Scores.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Scores.byName").hasMessageContaining("strict mode");
  }

  public record Vague(Object anything) {}

  @SuppressWarnings("rawtypes")
  public record Raw(List items) {}

  @Test
  void typesWithoutASchemaAreClearErrors() {
    assertThatThrownBy(() -> JsonSchemas.of(Vague.class))
        .hasMessageContaining("Vague.anything").hasMessageContaining("java.lang.Object");
    assertThatThrownBy(() -> JsonSchemas.of(Raw.class))
        .hasMessageContaining("Raw.items").hasMessageContaining("type arguments");
    assertThatThrownBy(() -> JsonSchemas.of(String.class))
        .hasMessageContaining("java.lang.String is not a record");
  }

  @Test
  void namesAreSnakeCaseUnlessAnnotated() {
    @FunctionName("lookup_weather")
    record GetWeather(String city) {}

    assertThat(JsonSchemas.name(Greeting.class)).isEqualTo("greeting");
    assertThat(JsonSchemas.name(TreeNode.class)).isEqualTo("tree_node");
    assertThat(JsonSchemas.name(GetWeather.class)).isEqualTo("lookup_weather");
    assertThat(JsonSchemas.snakeCase("maxTemperatureC")).isEqualTo("max_temperature_c");
  }

  static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }
}
