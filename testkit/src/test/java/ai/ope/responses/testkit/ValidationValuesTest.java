package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ValidationParametersTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.ApiError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Unknown enum values and discriminators get the API's {@code invalid_value}, listing what is
 * supported in the spec's order; unions are told apart as the API does; free-form and nullable
 * members take what the API takes.
 */
class ValidationValuesTest {

  private final FakeResponsesServer server = FakeResponsesServer.builder()
      .fallback(FakeResponsesServer.Fallback.MODEL).start();
  private final Rejections rejections = new Rejections(server);

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void unknownItemPartAndToolTypes() throws Exception {
    ApiError item = rejections.of("/responses",
        json("{'model':'m','input':[{'type':'nonsense'}]}"));
    assertThat(item.code()).isEqualTo("invalid_value");
    assertThat(item.param()).isEqualTo("input[0].type");
    assertThat(item.message()).startsWith("Invalid value: 'nonsense'. Supported values are:"
        + " 'message', 'file_search_call', 'computer_call', 'computer_call_output',")
        .endsWith(", 'item_reference', 'program', and 'program_output'.");

    rejections.assertCreate(json("{'model':'m','input':[{'role':'user','content':"
        + "[{'type':'text','text':'hi'}]}]}"), "invalid_value", "input[0].content[0].type",
        "Invalid value: 'text'. Supported values are: 'input_text', 'input_image', and"
            + " 'input_file'.");
    ApiError tool = rejections.of("/responses",
        json("{'model':'m','input':'hi','tools':[{'type':'browser'}]}"));
    assertThat(tool.param()).isEqualTo("tools[0].type");
    assertThat(tool.message()).startsWith("Invalid value: 'browser'. Supported values are:"
        + " 'function', 'file_search', 'computer', 'computer_use_preview', 'web_search',"
        + " 'web_search_2025_08_26', 'mcp',");
  }

  @Test
  void unknownChoicesAndEnums() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':'hi','tool_choice':'sometimes'}"),
        "invalid_value", "tool_choice",
        "Invalid value: 'sometimes'. Supported values are: 'none', 'auto', and 'required'.");
    ApiError choice = rejections.of("/responses",
        json("{'model':'m','input':'hi','tool_choice':{'type':'browser'}}"));
    assertThat(choice.param()).isEqualTo("tool_choice.type");
    assertThat(choice.message()).startsWith("Invalid value: 'browser'. Supported values are:"
        + " 'allowed_tools', 'file_search', 'web_search_preview',");
    rejections.assertCreate(json("{'model':'m','input':'hi','reasoning':{'effort':'extreme'}}"),
        "invalid_value", "reasoning.effort", "Invalid value: 'extreme'. Supported values are:"
            + " 'none', 'minimal', 'low', 'medium', 'high', 'xhigh', and 'max'.");
    rejections.assertCreate(json("{'model':'m','input':'hi','prompt_cache_options':"
        + "{'ttl':'1h'}}"), "invalid_value", "prompt_cache_options.ttl",
        "Invalid value: '1h'. Supported values are: '30m'.");
  }

  @Test
  void assistantMessagesCarryOutputParts() throws Exception {
    // the API's answer since October 2025 (see AssistantMessages), param at the part
    rejections.assertCreate(json("{'model':'m','input':[{'role':'user','content':'hi'},"
        + "{'role':'assistant','content':[{'type':'input_text','text':'hello'}]}]}"),
        "invalid_value", "input[1].content[0]",
        "Invalid value: 'input_text'. Supported values are: 'output_text' and 'refusal'.");
    // lobehub/lobehub#9501: a replayed assistant message with an image
    rejections.assertCreate(json("{'model':'m','input':[{'type':'message','role':'assistant',"
        + "'content':[{'type':'output_text','text':'see'},{'type':'input_image','image_url':"
        + "'https://example.com/a.png'}]}]}"), "invalid_value", "input[0].content[1]",
        "Invalid value: 'input_image'. Supported values are: 'output_text' and 'refusal'.");

    assertThat(rejections.status("/responses", json("{'model':'m','input':["
        + "{'role':'assistant','content':'plain'},"
        + "{'role':'assistant','content':[{'type':'output_text','text':'parts'}]},"
        + "{'type':'message','role':'assistant','id':'msg_1','status':'completed',"
        + "'content':[{'type':'output_text','text':'replayed','annotations':[]}]},"
        + "{'role':'user','content':[{'type':'input_text','text':'next'}]}]}"))).isEqualTo(200);
  }

  @Test
  void messagesAreToldApartByRoleThenByMembers() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':[{'role':'bogus','content':'hi'}]}"),
        "invalid_value", "input[0].role", "Invalid value: 'bogus'. Supported values are:"
            + " 'user', 'system', 'developer', and 'assistant'.");
    rejections.assertCreate(json("{'model':'m','input':[{'name':'ann','role':'user',"
        + "'content':'hi'}]}"), "unknown_parameter", "input[0].name",
        "Unknown parameter: 'input[0].name'.");
    // the shape the compact endpoint and input-item listings give back, sent back as input
    assertThat(rejections.status("/responses", json("{'model':'m','input':[{'id':'msg_1',"
        + "'type':'message','role':'user','content':[{'type':'input_text','text':'hi'}]}]}")))
        .isEqualTo(200);
    rejections.assertCreate(json("{'model':'m','input':[{'type':'message','role':'assistant',"
        + "'id':'msg_1','status':'done','content':[{'type':'output_text','text':'a'}]}]}"),
        "invalid_value", "input[0].status", "Invalid value: 'done'. Supported values are:"
            + " 'in_progress', 'completed', and 'incomplete'.");
  }

  @Test
  void freeFormAndNullableMembersTakeAnything() throws Exception {
    String body = json("{'model':'m','input':[{'id':'msg_1'},{'type':'item_reference',"
        + "'id':'msg_2'},{'role':'user','content':'hi'}],"
        + "'metadata':{'any key':'v'},'temperature':null,'top_p':null,'instructions':null,"
        + "'text':{'format':{'type':'json_schema','name':'out','strict':true,'schema':"
        + "{'type':'object','x-anything':{'nested':[1,2]},'properties':{},"
        + "'required':[],'additionalProperties':false}}},"
        + "'tools':[{'type':'function','name':'f','description':'d','parameters':"
        + "{'type':'object','properties':{'a':{'type':'string','whatever':true}}}}],"
        + "'tool_choice':{'type':'function','name':'f'},'max_output_tokens':16.0}");

    assertThat(rejections.status("/responses", body)).isEqualTo(200);
  }

  @Test
  void aTypeOfTheWrongKindIsATypeError() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':[{'type':5}]}"), "invalid_type",
        "input[0].type", "Invalid type for 'input[0].type': expected a string, but got an"
            + " integer instead.");
  }
}
