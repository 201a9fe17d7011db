package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ModelCalls.q;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.CustomToolCall;
import ai.ope.responses.api.FunctionCall;
import ai.ope.responses.api.Response;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tool calls of the built-in model: which tools {@code tool_choice} and the {@code auto} rule
 * call, arguments valid against the tool's parameters, streamed with the argument and input
 * events, and the text answer to a turn of tool results.
 */
class ModelToolsTest {

  private static final String WEATHER = "{'type':'function','name':'get_weather','description':"
      + "'Weather in a city','parameters':{'type':'object','properties':{'city':{'type':"
      + "'string'},'unit':{'type':'string','enum':['celsius','fahrenheit']}},'required':["
      + "'city','unit'],'additionalProperties':false},'strict':true}";
  private static final String TIME = "{'type':'function','name':'get_time','parameters':{"
      + "'type':'object','properties':{'zone':{'type':'string','pattern':'^[A-Z][a-z]+/"
      + "[A-Z][a-z]+$'}},'required':['zone']}}";
  private static final String MATH = "{'type':'custom','name':'math_exp','format':{'type':"
      + "'grammar','syntax':'regex','definition':'\\\\d+ [+*] \\\\d+'}}";
  private static final JsonObject WEATHER_PARAMETERS = SchemaExampleTest.parse(WEATHER)
      .getJsonObject("parameters");

  private final ModelCalls model = new ModelCalls();

  @AfterEach
  void close() {
    model.close();
  }

  private static String request(String input, String toolChoice, String... tools) {
    return q("{'model':'m','input':'" + input + "','tools':[" + String.join(",", tools) + "]"
        + (toolChoice == null ? "" : ",'tool_choice':" + toolChoice) + "}");
  }

  @Test
  void requiredCallsTheFirstToolWithArgumentsValidAgainstItsParameters() throws Exception {
    Response response = model.both(request("What is it like in Paris, in fahrenheit?",
        "'required'", WEATHER, TIME));
    ModelCalls.Streamed stream = model.stream(request("What is it like in Paris, in fahrenheit?",
        "'required'", WEATHER, TIME));

    assertThat(response.output()).singleElement().isInstanceOf(FunctionCall.class);
    FunctionCall call = response.functionCalls().get(0);
    assertThat(call.name()).isEqualTo("get_weather");
    assertThat(call.callId()).matches("call_[0-9a-f]{48}");
    assertThat(call.status()).isEqualTo("completed");
    JsonObject arguments = Json.parse(call.arguments()).orElseThrow().asJsonObject();
    assertThat(JsonSchemaOracle.violations(WEATHER_PARAMETERS, arguments)).isEmpty();
    assertThat(arguments.getString("city")).isEqualTo("Paris");
    assertThat(arguments.getString("unit")).isEqualTo("fahrenheit");
    assertThat(stream.types()).contains("response.function_call_arguments.delta",
        "response.function_call_arguments.done").last().isEqualTo("response.completed");
  }

  @Test
  void requiredCallsEveryToolTheMessageNamesInParallelUnlessForbidden() throws Exception {
    String input = "Use get_time and get weather for Rome";

    Response parallel = model.both(request(input, "'required'", WEATHER, TIME));
    Response single = model.json(q(request(input, "'required'", WEATHER, TIME)
        .replaceFirst("\\{", "{'parallel_tool_calls':false,")));

    assertThat(parallel.functionCalls()).extracting(FunctionCall::name)
        .containsExactly("get_weather", "get_time");
    assertThat(parallel.functionCalls()).extracting(FunctionCall::callId).doesNotHaveDuplicates();
    assertThat(Json.parse(parallel.functionCalls().get(1).arguments()).orElseThrow()
        .asJsonObject().getString("zone")).matches("^[A-Z][a-z]+/[A-Z][a-z]+$");
    assertThat(single.functionCalls()).extracting(FunctionCall::name)
        .containsExactly("get_weather");
  }

  @Test
  void aNamedFunctionIsCalledWhateverTheMessageSays() throws Exception {
    Response response = model.both(request("Hello", "{'type':'function','name':'get_time'}",
        WEATHER, TIME));

    assertThat(response.functionCalls()).extracting(FunctionCall::name)
        .containsExactly("get_time");
  }

  @Test
  void autoCallsTheToolsTheMessageNamesAndOtherwiseAnswers() throws Exception {
    Response named = model.both(request("Please GET WEATHER for Oslo", null, WEATHER, TIME));
    Response explicit = model.json(request("call get_time now", "'auto'", WEATHER, TIME));
    Response unnamed = model.both(request("How are you?", null, WEATHER, TIME));
    Response partWord = model.json(request("budget_weather_report", null, WEATHER));

    assertThat(named.functionCalls()).extracting(FunctionCall::name)
        .containsExactly("get_weather");
    assertThat(explicit.functionCalls()).extracting(FunctionCall::name)
        .containsExactly("get_time");
    assertThat(unnamed.functionCalls()).isEmpty();
    assertThat(unnamed.outputText()).isEqualTo("You said: How are you?");
    assertThat(partWord.functionCalls()).isEmpty();
  }

  @Test
  void noneAndHostedToolsGetText() throws Exception {
    Response none = model.json(request("get_weather in Paris", "'none'", WEATHER));
    Response hosted = model.both(request("Search the web", "'required'",
        "{'type':'web_search'}"));
    Response hostedChoice = model.json(request("Find files", "{'type':'file_search'}",
        "{'type':'file_search','vector_store_ids':['vs_1']}", WEATHER));

    assertThat(none.functionCalls()).isEmpty();
    assertThat(none.outputText()).isEqualTo("You said: get_weather in Paris");
    assertThat(hosted.outputText()).isEqualTo("You said: Search the web");
    assertThat(hostedChoice.output()).singleElement().extracting(item -> item.type())
        .isEqualTo("message");
  }

  @Test
  void allowedToolsChooseAmongTheirSubset() throws Exception {
    String allowTime = "{'type':'allowed_tools','mode':'%s','tools':[{'type':'function',"
        + "'name':'get_time'}]}";

    Response required = model.json(request("get_weather please", allowTime.formatted(
        "required"), WEATHER, TIME));
    Response auto = model.json(request("get_weather please", allowTime.formatted("auto"),
        WEATHER, TIME));

    assertThat(required.functionCalls()).extracting(FunctionCall::name)
        .containsExactly("get_time");
    assertThat(auto.functionCalls()).isEmpty();
  }

  @Test
  void aCustomToolGetsInputItsGrammarAcceptsStreamedAsInputEvents() throws Exception {
    String body = request("Add four plus four", "{'type':'custom','name':'math_exp'}", MATH);

    Response response = model.both(body);
    ModelCalls.Streamed stream = model.stream(body);
    Response freeText = model.json(request("use math_exp: 2+2", null,
        "{'type':'custom','name':'math_exp'}"));

    CustomToolCall call = (CustomToolCall) response.output().get(0);
    assertThat(call.name()).isEqualTo("math_exp");
    assertThat(call.callId()).startsWith("call_");
    assertThat(call.input()).matches("\\d+ [+*] \\d+");
    assertThat(stream.types()).contains("response.custom_tool_call_input.delta",
        "response.custom_tool_call_input.done").doesNotContain(
        "response.function_call_arguments.delta");
    assertThat(((CustomToolCall) freeText.output().get(0)).input())
        .isEqualTo("use math_exp: 2+2");
  }

  @Test
  void aTurnOfToolResultsGetsATextAnswerThatUsesThem() throws Exception {
    Response call = model.json(request("weather in Paris", "'required'", WEATHER));
    String callId = call.functionCalls().get(0).callId();

    Response chained = model.both(q("{'model':'m','previous_response_id':'" + call.id()
        + "','tool_choice':'required','tools':[" + WEATHER + "],'input':[{'type':"
        + "'function_call_output','call_id':'" + callId + "','output':'{\\\"temp\\\":21}'}]}"));
    Response inline = model.both(q("{'model':'m','input':[{'role':'user','content':'Hi'},"
        + "{'type':'function_call','call_id':'c1','name':'get_time','arguments':'{}'},"
        + "{'type':'custom_tool_call','call_id':'c2','name':'math_exp','input':'1 + 1'},"
        + "{'type':'function_call_output','call_id':'c1','output':'10:00'},"
        + "{'type':'custom_tool_call_output','call_id':'c2','output':[{'type':'input_text',"
        + "'text':'2'}]}]}"));

    assertThat(chained.outputText()).isEqualTo("get_weather returned {\"temp\":21}.");
    assertThat(chained.functionCalls()).isEmpty();
    assertThat(inline.outputText()).isEqualTo("get_time returned 10:00. math_exp returned 2.");
  }

  @Test
  void toolResultsAnsweredWithTheRequestedSchemaFillItFromTheResults() throws Exception {
    Response response = model.both(q("{'model':'m','input':[{'role':'user','content':"
        + "'What is the largest city in the user country?'},{'type':'function_call','call_id':"
        + "'c1','name':'get_user_country','arguments':'{}'},{'type':'function_call_output',"
        + "'call_id':'c1','output':'Mexico'}],'text':{'format':{'type':'json_schema','name':"
        + "'CityLocation','strict':true,'schema':{'type':'object','properties':{'country':"
        + "{'type':'string'},'city':{'type':'string'}},'required':['country','city'],"
        + "'additionalProperties':false}}}}"));

    assertThat(Json.parse(response.outputText()).orElseThrow().asJsonObject())
        .containsEntry("country", Json.PROVIDER.createValue("Mexico"));
  }

  @Test
  void theSameRequestGetsTheSameCalls() throws Exception {
    String body = request("Use get_time and get_weather", "'required'", WEATHER, TIME);

    List<String> first = ModelCalls.payloads(model.json(body));
    List<String> second = ModelCalls.payloads(model.json(body));

    assertThat(first).hasSize(2).isEqualTo(second);
  }
}
