package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/**
 * The size limits of a strict schema, each refused one past it and accepted at it; and the
 * context of a problem written as the Python tuple the API writes.
 */
class StrictSchemaLimitsTest {

  @Test
  void tenLevelsOfNestedObjectsAndNoMore() {
    assertThat(StrictSchema.problem(nested(10))).isNull();
    assertThat(StrictSchema.problem(nested(11)))
        .isEqualTo("11 levels of nesting exceeds limit of 10.");
  }

  @Test
  void fiveThousandPropertiesInAll() {
    assertThat(StrictSchema.problem(wide(5_000))).isNull();
    assertThat(StrictSchema.problem(wide(5_001)))
        .isEqualTo("5001 parameters exceed the limit of 5000.");
  }

  @Test
  void aThousandEnumValuesInAll() {
    assertThat(StrictSchema.problem(withEnum(1_000, 1))).isNull();
    assertThat(StrictSchema.problem(withEnum(1_001, 1)))
        .isEqualTo("1001 enum values exceed the limit of 1000.");
  }

  @Test
  void stringLengthOfNamesAndValues() {
    assertThat(StrictSchema.problem(withEnum(1_000, 121)))
        .isEqualTo("The total string length of property names, definition names, enum values"
            + " and const values (121001) exceeds the limit of 120000.");
    assertThat(StrictSchema.problem(withEnum(250, 100))).isNull();
    assertThat(StrictSchema.problem(withEnum(251, 60))).isEqualTo("In context=('properties',"
        + " 'e'), enum of 251 values has a total string length of 15060, which exceeds the"
        + " limit of 15000 for enums of more than 250 values.");
  }

  @Test
  void contextsAreWrittenAsPythonTuples() {
    assertThat(SchemaContext.ROOT).hasToString("()");
    assertThat(SchemaContext.ROOT.then("items")).hasToString("('items',)");
    assertThat(SchemaContext.ROOT.then("properties", "it's", "a\\b\n"))
        .hasToString("('properties', \"it's\", 'a\\\\b\\n')");
    assertThat(SchemaContext.python("say \"it's\"")).isEqualTo("'say \"it\\'s\"'");
  }

  /** Objects nested this many levels deep, the root included. */
  private static JsonObject nested(int levels) {
    JsonObject schema = object(Json.PROVIDER.createObjectBuilder());
    for (int level = 1; level < levels; level++) {
      schema = object(Json.PROVIDER.createObjectBuilder().add("inner", schema));
    }
    return schema;
  }

  private static JsonObject wide(int properties) {
    JsonObjectBuilder members = Json.PROVIDER.createObjectBuilder();
    for (int i = 0; i < properties; i++) {
      members.add("p" + i, Json.PROVIDER.createObjectBuilder().add("type", "string"));
    }
    return object(members);
  }

  /** One property {@code e} with an enum of this many values of this length. */
  private static JsonObject withEnum(int values, int length) {
    JsonArrayBuilder names = Json.PROVIDER.createArrayBuilder();
    for (int i = 0; i < values; i++) {
      String value = "v" + i;
      names.add(value + "x".repeat(length - value.length() > 0 ? length - value.length() : 0));
    }
    return object(Json.PROVIDER.createObjectBuilder().add("e", Json.PROVIDER
        .createObjectBuilder().add("type", "string").add("enum", names)));
  }

  /** A strict object of these properties. */
  private static JsonObject object(JsonObjectBuilder members) {
    JsonObject properties = members.build();
    JsonArrayBuilder required = Json.PROVIDER.createArrayBuilder();
    properties.keySet().forEach(required::add);
    return Json.PROVIDER.createObjectBuilder().add("type", "object")
        .add("properties", properties).add("required", required)
        .add("additionalProperties", false).build();
  }
}
