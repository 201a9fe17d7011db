package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in model's example instances: valid against every schema of a table that covers
 * the keywords it claims, checked by an independent validator ({@link JsonSchemaOracle}), the same
 * for the same schema, and borrowing from the conversation where it can.
 */
class SchemaExampleTest {

  static Stream<Arguments> schemas() {
    return Stream.of(
        schema("plain object", "{'type':'object','properties':{'a':{'type':'string'},"
            + "'b':{'type':'integer'},'c':{'type':'boolean'},'d':{'type':'number'}},"
            + "'required':['a','b','c','d'],'additionalProperties':false}"),
        schema("optional properties", "{'type':'object','properties':{'a':{'type':'string'},"
            + "'b':{'type':'string'}},'required':['a']}"),
        schema("required but not listed", "{'type':'object','required':['x'],"
            + "'additionalProperties':{'type':'integer','minimum':5}}"),
        schema("map", "{'type':'object','additionalProperties':{'type':'integer'}}"),
        schema("min and max properties", "{'type':'object','minProperties':3,"
            + "'maxProperties':3,'properties':{'a':{'type':'string'}}}"),
        schema("too many optional properties", "{'type':'object','maxProperties':1,"
            + "'properties':{'a':{'type':'string'},'b':{'type':'string'}}}"),
        schema("array bounds", "{'type':'array','items':{'type':'string'},'minItems':3,"
            + "'maxItems':4}"),
        schema("unique strings", "{'type':'array','items':{'type':'string'},'minItems':5,"
            + "'uniqueItems':true}"),
        schema("unique enum values", "{'type':'array','items':{'enum':['a','b','c']},"
            + "'minItems':3,'uniqueItems':true}"),
        schema("unique integers", "{'type':'array','items':{'type':'integer','minimum':10,"
            + "'multipleOf':5},'minItems':4,'uniqueItems':true}"),
        schema("unique objects", "{'type':'array','minItems':3,'uniqueItems':true,'items':"
            + "{'type':'object','properties':{'id':{'type':'integer'},'tag':{'type':'string'}},"
            + "'required':['id','tag']}}"),
        schema("tuple", "{'type':'array','prefixItems':[{'type':'integer'},"
            + "{'type':'string','format':'date'}],'items':false,'minItems':2}"),
        schema("draft-4 tuple", "{'type':'array','items':[{'type':'boolean'},"
            + "{'type':'null'}],'additionalItems':false}"),
        schema("empty array allowed", "{'type':'array','maxItems':0}"),
        schema("enum", "{'type':'string','enum':['red','green','blue']}"),
        schema("enum with null", "{'type':['string','null'],'enum':[null,'x']}"),
        schema("mixed enum", "{'enum':[1,'one',true]}"),
        schema("const", "{'const':{'kind':'fixed','n':[1,2]}}"),
        schema("nullable union", "{'type':['string','null'],'minLength':3}"),
        schema("null first in the union", "{'type':['null','integer']}"),
        schema("anyOf", "{'anyOf':[{'type':'integer','minimum':3},{'type':'string'}]}"),
        schema("anyOf with null", "{'anyOf':[{'type':'null'},{'type':'object',"
            + "'properties':{'v':{'type':'string'}},'required':['v']}]}"),
        schema("oneOf", "{'oneOf':[{'type':'string','maxLength':2},{'type':'integer'}]}"),
        schema("anyOf with siblings", "{'type':'object','properties':{'kind':"
            + "{'type':'string'}},'required':['kind'],'anyOf':[{'required':['a'],"
            + "'properties':{'a':{'type':'integer'}}},{'required':['b']}]}"),
        schema("unsatisfiable first branch", "{'anyOf':[{'type':'string','enum':[]},"
            + "false,{'type':'boolean'}]}"),
        schema("allOf merge", "{'allOf':[{'type':'object','properties':{'a':{'type':"
            + "'integer','minimum':2}},'required':['a']},{'properties':{'a':{'maximum':9},"
            + "'b':{'type':'string'}},'required':['b']}]}"),
        schema("allOf bounds", "{'allOf':[{'type':'string','minLength':4},{'maxLength':6}]}"),
        schema("$defs", "{'$defs':{'Step':{'type':'object','properties':{'explanation':"
            + "{'type':'string'},'output':{'type':'string'}},'required':['explanation',"
            + "'output'],'additionalProperties':false}},'type':'object','properties':{'steps':"
            + "{'type':'array','items':{'$ref':'#/$defs/Step'}},'final_answer':{'type':"
            + "'string'}},'required':['steps','final_answer'],'additionalProperties':false}"),
        schema("definitions", "{'definitions':{'Name':{'type':'string','minLength':2}},"
            + "'type':'array','items':{'$ref':'#/definitions/Name'},'minItems':2}"),
        schema("ref with siblings", "{'$defs':{'N':{'type':'integer'}},'$ref':'#/$defs/N',"
            + "'minimum':40,'maximum':41}"),
        schema("pointer with escapes", "{'$defs':{'a/b':{'type':'string','const':'slash'}},"
            + "'$ref':'#/$defs/a~1b'}"),
        schema("recursion", "{'type':'object','properties':{'value':{'type':'string'},"
            + "'children':{'type':'array','items':{'$ref':'#'}}},'required':['value',"
            + "'children'],'additionalProperties':false}"),
        schema("recursion through a nullable", "{'type':'object','properties':{'next':"
            + "{'anyOf':[{'$ref':'#'},{'type':'null'}]},'n':{'type':'integer'}},"
            + "'required':['next','n']}"),
        schema("formats", "{'type':'object','properties':{'dt':{'type':'string','format':"
            + "'date-time'},'d':{'type':'string','format':'date'},'t':{'type':'string',"
            + "'format':'time'},'du':{'type':'string','format':'duration'},'e':{'type':"
            + "'string','format':'email'},'u':{'type':'string','format':'uuid'},'uri':{'type':"
            + "'string','format':'uri'},'h':{'type':'string','format':'hostname'},'v4':"
            + "{'type':'string','format':'ipv4'},'v6':{'type':'string','format':'ipv6'}}}"),
        schema("unique formatted strings", "{'type':'array','uniqueItems':true,'minItems':4,"
            + "'items':{'type':'string','format':'date-time'}}"),
        schema("string lengths", "{'type':'object','properties':{'short':{'type':'string',"
            + "'maxLength':3},'long':{'type':'string','minLength':40},'exact':{'type':"
            + "'string','minLength':5,'maxLength':5},'empty':{'type':'string','maxLength':0}}}"),
        schema("patterns", "{'type':'object','properties':{'code':{'type':'string',"
            + "'pattern':'^[A-Z]{2}$'},'sku':{'type':'string','pattern':"
            + "'^[A-Z]{3}-\\\\d{4}$'},'phone':{'type':'string','pattern':"
            + "'^\\\\+?[0-9]{7,12}$'},'slug':{'type':'string','pattern':'^[a-z]+(-[a-z]+)*$',"
            + "'minLength':12},'either':{'type':'string','pattern':'^(cat|dog)s?$'},"
            + "'unanchored':{'type':'string','pattern':'\\\\d','minLength':6}}}"),
        schema("pattern with a back-reference", "{'type':'string','pattern':'^(a)\\\\1$'}"),
        schema("integers", "{'type':'object','properties':{'a':{'type':'integer','minimum':"
            + "10,'maximum':20},'b':{'type':'integer','exclusiveMinimum':0,"
            + "'exclusiveMaximum':2},'c':{'type':'integer','multipleOf':7,'minimum':50},"
            + "'d':{'type':'integer','maximum':-5},'e':{'type':'integer','minimum':1.5}}}"),
        schema("numbers", "{'type':'object','properties':{'a':{'type':'number','minimum':0.25,"
            + "'maximum':0.5},'b':{'type':'number','exclusiveMinimum':1,'exclusiveMaximum':"
            + "1.1},'c':{'type':'number','multipleOf':0.01,'minimum':3.333},'d':{'type':"
            + "'number','maximum':-100},'e':{'type':'number','exclusiveMinimum':7}}}"),
        schema("draft-4 exclusive bounds", "{'type':'integer','minimum':0,"
            + "'exclusiveMinimum':true,'maximum':2,'exclusiveMaximum':true}"),
        schema("keywords without a type", "{'properties':{'x':{'minimum':3},'y':{'pattern':"
            + "'^z+$'},'z':{'items':{'type':'boolean'}}},'required':['x','y','z']}"),
        schema("anything", "{}"),
        schema("odd keyword types", "{'type':'object','properties':{'a':{'type':'string',"
            + "'minLength':'3','pattern':5}},'required':'a'}"));
  }

  private static Arguments schema(String name, String singleQuoted) {
    return Arguments.of(name, parse(singleQuoted));
  }

  static JsonObject parse(String singleQuoted) {
    return Json.parse(singleQuoted.replace('\'', '"')).orElseThrow().asJsonObject();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void everyExampleIsValidAgainstItsSchema(String name, JsonObject schema) {
    JsonValue example = SchemaExample.of(schema,
        ExampleHints.of("Weather in Paris? I am 42 and live at Rue Cler.", "It is sunny."));

    assertThat(JsonSchemaOracle.violations(schema, example)).as(example.toString()).isEmpty();
    assertThat(SchemaExample.of(schema, ExampleHints.none())).as("deterministic")
        .isEqualTo(SchemaExample.of(schema, ExampleHints.none()));
  }

  @Test
  void valuesBorrowNamesNumbersAndEnumsFromTheConversation() {
    JsonObject schema = parse("{'type':'object','properties':{'name':{'type':'string'},"
        + "'age':{'type':'integer'},'unit':{'enum':['celsius','fahrenheit']},'city':{'type':"
        + "'string'},'answer':{'type':'string'},'note':{'type':'string'}}}");

    JsonObject example = SchemaExample.of(schema,
        ExampleHints.of("Extract: Bob is 42, in Lyon; answer in Fahrenheit.", "Done."))
        .asJsonObject();

    assertThat(example.getString("name")).isEqualTo("Bob");
    assertThat(example.getInt("age")).isEqualTo(42);
    assertThat(example.getString("unit")).isEqualTo("fahrenheit");
    assertThat(example.getString("city")).isEqualTo("Lyon");
    assertThat(example.getString("answer")).isEqualTo("Done.");
    assertThat(example.getString("note")).isEqualTo("example note");
  }

  @Test
  void withoutHintsValuesAreNamedAfterTheirProperty() {
    JsonObject schema = parse("{'type':'object','properties':{'city':{'type':'string'},"
        + "'finalAnswer':{'type':'string'},'tags':{'type':'array','items':{'type':'string'},"
        + "'minItems':2}}}");

    JsonObject example = SchemaExample.of(schema, ExampleHints.none()).asJsonObject();

    assertThat(example.getString("city")).isEqualTo("example city");
    assertThat(example.getString("finalAnswer")).isEqualTo("example final answer");
    assertThat(example.getJsonArray("tags")).extracting(JsonValue::toString)
        .containsExactly("\"example tags\"", "\"example tags 2\"");
  }

  @Test
  void aRecursiveSchemaEndsAtTheDepthLimit() {
    JsonObject schema = parse("{'type':'object','properties':{'child':{'$ref':'#'},"
        + "'name':{'type':'string'}},'required':['name']}");

    JsonValue example = SchemaExample.of(schema, ExampleHints.none());

    int depth = 0;
    for (JsonValue at = example; at instanceof JsonObject object && object.containsKey("child");
        at = object.get("child")) {
      depth++;
    }
    assertThat(depth).isEqualTo(SchemaExample.SOFT_DEPTH);
    assertThat(JsonSchemaOracle.violations(schema, example)).isEmpty();
  }

  @Test
  void aSchemaNothingCanMeetGivesAnEmptyObjectInsteadOfFailing() {
    assertThat(SchemaExample.of(JsonValue.FALSE, ExampleHints.none()))
        .isEqualTo(JsonValue.EMPTY_JSON_OBJECT);
    assertThat(SchemaExample.of(parse("{'type':'object','properties':{'me':{'$ref':"
        + "'#/properties/me'}},'required':['me']}"), ExampleHints.none()))
        .isEqualTo(JsonValue.EMPTY_JSON_OBJECT);
  }

  @Test
  void schemasAskingForHugeValuesAreAnsweredWithoutHanging() {
    JsonValue items = SchemaExample.of(parse("{'type':'object','properties':{'a':{'type':"
        + "'array','minItems':1000000,'items':{'type':'array','minItems':1000000}}},"
        + "'required':['a']}"), ExampleHints.none());
    JsonValue properties = SchemaExample.of(parse("{'type':'object','minProperties':"
        + "1000000}"), ExampleHints.none());
    JsonObject strings = SchemaExample.of(parse("{'type':'object','properties':{'long':"
        + "{'type':'string','minLength':1000000},'repeated':{'type':'string','pattern':"
        + "'^a{999999}$'},'tiny':{'type':'number','multipleOf':1e-1000000000,'minimum':"
        + "-1e-1000000000}},'required':['long','repeated','tiny']}"), ExampleHints.none())
        .asJsonObject();

    assertThat(items).isEqualTo(JsonValue.EMPTY_JSON_OBJECT);
    assertThat(properties).isEqualTo(JsonValue.EMPTY_JSON_OBJECT);
    assertThat(strings.getString("long")).hasSizeGreaterThanOrEqualTo(1_000_000);
    assertThat(strings.get("repeated")).isNotNull();
    assertThat(strings.get("tiny")).isNotNull();
  }
}
