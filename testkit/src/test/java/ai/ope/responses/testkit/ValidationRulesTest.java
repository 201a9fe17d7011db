package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ValidationParametersTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rules beyond the schema: members that exclude each other, tool outputs that answer no
 * call (in the request or along the stored {@code previous_response_id} chain), known models,
 * reasoning items without their following item (corpus 040).
 */
class ValidationRulesTest {

  private final FakeResponsesServer server = FakeResponsesServer.builder()
      .fallback(FakeResponsesServer.Fallback.MODEL).start();
  private final Rejections rejections = new Rejections(server);

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void previousResponseAndConversationExcludeEachOther() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':'hi','previous_response_id':'resp_1',"
        + "'conversation':'conv_1'}"), "mutually_exclusive_parameters", "previous_response_id",
        "Mutually exclusive parameters: Ensure you are only providing one of:"
            + " 'previous_response_id' or 'conversation'.");
  }

  @Test
  void toolOutputsMustAnswerACall() throws Exception {
    rejections.assertCreate(json("{'model':'m','input':[{'type':'function_call_output',"
        + "'call_id':'call_abc','output':'42'}]}"), null, "input",
        "No tool call found for function call output with call_id call_abc.");
    rejections.assertCreate(json("{'model':'m','input':[{'type':'custom_tool_call_output',"
        + "'call_id':'call_abc','output':'42'}]}"), null, "input",
        "No tool call found for custom tool call output with call_id call_abc.");
    // a function call does not answer for a custom tool's output
    rejections.assertCreate(json("{'model':'m','input':[{'type':'function_call','call_id':"
        + "'call_abc','name':'f','arguments':'{}'},{'type':'custom_tool_call_output','call_id':"
        + "'call_abc','output':'42'}]}"), null, "input",
        "No tool call found for custom tool call output with call_id call_abc.");

    assertThat(rejections.status("/responses", json("{'model':'m','input':[{'type':"
        + "'function_call','call_id':'call_abc','name':'f','arguments':'{}'},{'type':"
        + "'function_call_output','call_id':'call_abc','output':'42'}]}"))).isEqualTo(200);
  }

  @Test
  void callsOfStoredResponsesCountAlongTheChain() throws Exception {
    server.enqueue(Reply.builder().functionCall("f", "{}", "call_first").build());
    Response first = create(json("{'model':'m','input':'go'}"));
    server.enqueue(Reply.text("noted"));
    Response second = create(json("{'model':'m','previous_response_id':'" + first.id()
        + "','input':[{'type':'function_call','call_id':'call_mine','name':'f','arguments':"
        + "'{}'},{'type':'function_call_output','call_id':'call_mine','output':'1'}]}"));
    String continuing = "{'model':'m','previous_response_id':'" + second.id() + "','input':"
        + "[{'type':'function_call_output','call_id':'%s','output':'2'}]}";

    // the first response's output, and the second's own input, two links back
    assertThat(rejections.status("/responses", json(continuing.formatted("call_first"))))
        .isEqualTo(200);
    assertThat(rejections.status("/responses", json(continuing.formatted("call_mine"))))
        .isEqualTo(200);
    rejections.assertCreate(json(continuing.formatted("call_other")), null, "input",
        "No tool call found for function call output with call_id call_other.");
  }

  @Test
  void whatTheFakeCannotKnowIsLeftAlone() throws Exception {
    String orphan = "{'type':'function_call_output','call_id':'call_abc','output':'1'}";

    // an unknown previous response is the API's 404, not a validation error
    assertThat(rejections.status("/responses", json("{'model':'m','previous_response_id':"
        + "'resp_unknown','input':[" + orphan + "]}"))).isEqualTo(404);
    // the fake keeps no conversations; a reference may name the call
    assertThat(rejections.status("/responses", json("{'model':'m','conversation':'conv_1',"
        + "'input':[" + orphan + "]}"))).isEqualTo(200);
    assertThat(rejections.status("/responses", json("{'model':'m','input':[{'type':"
        + "'item_reference','id':'fc_1'}," + orphan + "]}"))).isNotEqualTo(400);
  }

  @Test
  void knownModelsOnly() throws Exception {
    try (FakeResponsesServer listed = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).knownModels(List.of("gpt-5.4")).start()) {
      Rejections checked = new Rejections(listed);

      checked.assertCreate(json("{'model':'invalid-model','input':'Hello world'}"),
          "model_not_found", "model", "The requested model 'invalid-model' does not exist.");
      assertThat(checked.status("/responses", json("{'model':'gpt-5.4','input':'hi'}")))
          .isEqualTo(200);
    }
    // without a list, any model
    assertThat(rejections.status("/responses", json("{'model':'invalid-model','input':'hi'}")))
        .isEqualTo(200);
  }

  @Test
  void aReasoningItemNeedsTheItemItWasProducedWith() throws Exception {
    String reasoning = "{'type':'reasoning','id':'rs_1','summary':[],'encrypted_content':'x'}";

    rejections.assertCreate(json("{'model':'m','input':[{'role':'user','content':'q'},"
        + reasoning + ",{'role':'assistant','content':'edited'}]}"), null, "input",
        "Item 'rs_1' of type 'reasoning' was provided without its required following item.");
    assertThat(rejections.status("/responses", json("{'model':'m','input':[" + reasoning
        + ",{'type':'message','id':'msg_1','role':'assistant','status':'completed','content':"
        + "[{'type':'output_text','text':'a','annotations':[]}]},{'role':'user','content':"
        + "'more'}]}"))).isEqualTo(200);
  }

  private Response create(String body) throws Exception {
    var answer = Http.post(Http.at(server, "/responses"), body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ResponsesJson.fromJson(answer.body(), Response.class);
  }
}
