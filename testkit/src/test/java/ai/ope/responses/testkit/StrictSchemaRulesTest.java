package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ValidationParametersTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A strict {@code text.format} schema that Structured Outputs does not support gets the API's
 * 400: code {@code invalid_json_schema}, param {@code text.format.schema}, the rule's wording
 * with the place inside the schema as a Python tuple; a supported one, and any schema that is
 * not strict, is answered.
 */
class StrictSchemaRulesTest {

  private static final String PREFIX = "Invalid schema for response_format 'out': ";

  private final FakeResponsesServer server = FakeResponsesServer.builder()
      .fallback(FakeResponsesServer.Fallback.MODEL).start();
  private final Rejections rejections = new Rejections(server);

  @AfterEach
  void close() {
    server.close();
  }

  /** A create request whose format is this schema (single quotes for double), strict. */
  static String strict(String schema) {
    return json("{'model':'m','input':'hi','text':{'format':{'type':'json_schema','name':'out',"
        + "'strict':true,'schema':" + schema + "}}}");
  }

  private void assertRefused(String schema, String message) throws Exception {
    rejections.assertCreate(strict(schema), "invalid_json_schema", "text.format.schema",
        PREFIX + message);
  }

  @Test
  void theRootIsAnObjectNotAUnion() throws Exception {
    assertRefused("{'type':'array','items':{'type':'string'}}",
        "schema must be a JSON Schema of 'type: \"object\"', got 'type: \"array\"'.");
    assertRefused("{'anyOf':[{'type':'object','properties':{},'additionalProperties':false},"
        + "{'type':'null'}]}",
        "schema must be a JSON Schema of 'type: \"object\"', got 'type: \"None\"'.");
  }

  @Test
  void everyObjectForbidsAdditionalProperties() throws Exception {
    assertRefused("{'type':'object','properties':{'a':{'type':'string'}},'required':['a']}",
        "In context=(), 'additionalProperties' is required to be supplied and to be false.");
    assertRefused("{'type':'object','properties':{'address':{'type':'object','properties':"
        + "{'zip':{'type':'string'}},'required':['zip'],'additionalProperties':true}},"
        + "'required':['address'],'additionalProperties':false}", "In context=('properties',"
        + " 'address'), 'additionalProperties' is required to be supplied and to be false.");
  }

  @Test
  void everyObjectRequiresAllItsProperties() throws Exception {
    assertRefused("{'type':'object','properties':{'address':{'type':'object','properties':"
        + "{'street':{'type':'string'},'zip':{'type':'string'}},'required':['street'],"
        + "'additionalProperties':false}},'required':['address'],'additionalProperties':false}",
        "In context=('properties', 'address'), 'required' is required to be supplied and to be"
            + " an array including every key in properties. Missing 'zip'.");
    assertRefused("{'type':'object','properties':{'a':{'type':'string'}},"
        + "'additionalProperties':false}", "In context=(), 'required' is required to be"
        + " supplied and to be an array including every key in properties. Missing 'a'.");
  }

  @Test
  void requiredNamesOnlyItsProperties() throws Exception {
    assertRefused("{'type':'object','properties':{'a':{'type':'string'}},'required':['a','b'],"
        + "'additionalProperties':false}", "In context=(), 'required' must be an array that"
        + " includes every key in `properties`. Extra required key 'b' supplied.");
  }

  @Test
  void objectsListTheirPropertiesAndArraysTheirItems() throws Exception {
    assertRefused("{'type':'object','additionalProperties':false}",
        "In context=(), object schema missing properties.");
    assertRefused("{'type':'object','properties':{'tags':{'type':'array'}},'required':['tags'],"
        + "'additionalProperties':false}",
        "In context=('properties', 'tags'), array schema missing items.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"allOf", "not", "if", "then", "else", "dependentRequired",
      "dependentSchemas", "patternProperties"})
  void unsupportedKeywordsAreNotPermitted(String keyword) throws Exception {
    assertRefused("{'type':'object','properties':{'rich_text':{'type':'array','items':{'"
        + keyword + "':[]}}},'required':['rich_text'],'additionalProperties':false}",
        "In context=('properties', 'rich_text', 'items'), '" + keyword + "' is not permitted.");
  }

  @Test
  void onlyTheSupportedTypesAndFormats() throws Exception {
    // a type list is checked type by type, each reported at its position
    assertRefused("{'type':'object','properties':{'url':{'type':['string','null'],'format':"
        + "'uri'}},'required':['url'],'additionalProperties':false}",
        "In context=('properties', 'url', 'type', '0'), 'uri' is not a valid format.");
    assertRefused("{'type':'object','properties':{'when':{'type':'date'}},'required':['when'],"
        + "'additionalProperties':false}",
        "In context=('properties', 'when'), 'date' is not a valid type.");
  }

  @Test
  void definitionsAndUnionsAreCheckedWhereTheyAre() throws Exception {
    assertRefused("{'type':'object','properties':{'home':{'$ref':'#/$defs/Address'}},"
        + "'required':['home'],'additionalProperties':false,'$defs':{'Address':{'type':"
        + "'object','properties':{'zip':{'type':'string'}},'required':['zip']}}}",
        "In context=('$defs', 'Address'), 'additionalProperties' is required to be supplied"
            + " and to be false.");
    assertRefused("{'type':'object','properties':{'pet':{'anyOf':[{'type':'null'},{'type':"
        + "'object','properties':{'name':{'type':'string'}},'additionalProperties':false}]}},"
        + "'required':['pet'],'additionalProperties':false}", "In context=('properties', 'pet',"
        + " 'anyOf', '1'), 'required' is required to be supplied and to be an array including"
        + " every key in properties. Missing 'name'.");
    assertRefused("{'type':'object','properties':{'home':{'$ref':'#/$defs/Nowhere'}},"
        + "'required':['home'],'additionalProperties':false}", "In context=('properties',"
        + " 'home'), reference '#/$defs/Nowhere' does not point to a definition in the schema.");
  }

  @Test
  void supportedSchemasAreAnsweredRecursionIncluded() throws Exception {
    assertThat(rejections.status("/responses", strict("{'type':'object','title':'Tree',"
        + "'description':'d','properties':{'value':{'type':'string','pattern':'^a','format':"
        + "'date-time','default':''},'n':{'type':['integer','null'],'minimum':0,"
        + "'exclusiveMaximum':9,'multipleOf':3},'kind':{'enum':['a','b']},'c':{'const':'x'},"
        + "'children':{'type':'array','minItems':0,'maxItems':3,'items':{'$ref':'#'}},"
        + "'next':{'anyOf':[{'$ref':'#/$defs/Node'},{'$ref':'#/definitions/Leaf'},{'type':"
        + "'null'}]}},'required':['value','n','kind','c','children','next'],"
        + "'additionalProperties':false,'$defs':{'Node':{'type':'object','properties':{'next':"
        + "{'$ref':'#/$defs/Node'}},'required':['next'],'additionalProperties':false}},"
        + "'definitions':{'Leaf':{'type':'object','properties':{},'additionalProperties':"
        + "false}}}"))).isEqualTo(200);
  }

  @Test
  void schemasThatAreNotStrictAreNeverRefused() throws Exception {
    String loose = "{'type':'object','properties':{'a':{'allOf':[{'type':'string'}]}}}";
    for (String strict : new String[] {"'strict':false,", "'strict':null,", ""}) {
      assertThat(rejections.status("/responses", json("{'model':'m','input':'hi','text':"
          + "{'format':{'type':'json_schema','name':'out'," + strict + "'schema':" + loose
          + "}}}"))).as(strict).isEqualTo(200);
    }
  }

  @Test
  void onlyCreateRequestsAreChecked() throws Exception {
    assertThat(rejections.status("/responses/input_tokens", json("{'model':'m','input':'hi',"
        + "'text':{'format':{'type':'json_schema','name':'out','strict':true,'schema':"
        + "{'type':'object','properties':{}}}}}"))).isEqualTo(200);
  }
}
