package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ModelCalls.q;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.CompactedResponse;
import ai.ope.responses.api.Compaction;
import ai.ope.responses.api.InputText;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /responses/compact}: the user messages kept, everything else folded into one
 * compaction item, from the request's input or the stored conversation; and a later create
 * that sends the compacted window is answered.
 */
class CompactTest {

  private final ModelCalls model = new ModelCalls();

  @AfterEach
  void close() {
    model.close();
  }

  private HttpResponse<String> compact(String body) throws Exception {
    return Http.post(Http.at(model.server, "/responses/compact"), body);
  }

  @Test
  void anInputIsCompactedToItsUserMessagesAndOneCompactionItem() throws Exception {
    HttpResponse<String> answer = compact(q("{'model':'gpt-4o-mini','instructions':'Be brief',"
        + "'input':[{'role':'user','content':'What is 2+2?'},{'role':'assistant','content':"
        + "'4.'},{'role':'user','content':'And 3+3?'},{'role':'assistant','content':'6.'}]}"));

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonObject json = Json.parse(answer.body()).orElseThrow().asJsonObject();
    assertThat(json.keySet()).containsExactly("id", "object", "created_at", "output", "usage");
    assertThat(json.getString("id")).startsWith("resp_");
    assertThat(json.getString("object")).isEqualTo("response.compaction");
    assertThat(json.get("created_at").toString()).matches("\\d+");
    CompactedResponse compacted = ResponsesJson.fromJson(answer.body(), CompactedResponse.class);
    assertThat(compacted.output()).hasSize(3);
    assertThat(compacted.output().subList(0, 2)).allSatisfy(item -> {
      Message message = (Message) item;
      assertThat(message.role()).isEqualTo("user");
      assertThat(message.id()).startsWith("msg_");
      assertThat(message.status()).isEqualTo("completed");
      assertThat(message.content().parts()).singleElement().isInstanceOf(InputText.class);
    });
    assertThat(compacted.output()).extracting(item -> item instanceof Message message
        ? message.text() : item.type())
        .containsExactly("What is 2+2?", "And 3+3?", "compaction");
    Compaction compaction = (Compaction) compacted.output().get(2);
    assertThat(compaction.id()).startsWith("cmp_");
    assertThat(compaction.encryptedContent()).startsWith("gAAAAAB");
    assertThat(compacted.usage().totalTokens()).isEqualTo(
        compacted.usage().inputTokens() + compacted.usage().outputTokens());
  }

  @Test
  void theStoredConversationIsCompactedAndTheWindowAnswersALaterCreate() throws Exception {
    Response first = model.json(q("{'model':'m','input':'My name is Ada.'}"));
    Response second = model.json(q("{'model':'m','previous_response_id':'" + first.id()
        + "','input':'What is my name?'}"));

    HttpResponse<String> answer = compact(q("{'model':'m','previous_response_id':'"
        + second.id() + "'}"));

    assertThat(answer.statusCode()).isEqualTo(200);
    CompactedResponse compacted = ResponsesJson.fromJson(answer.body(), CompactedResponse.class);
    assertThat(compacted.output()).extracting(item -> item instanceof Message message
        ? message.text() : item.type())
        .containsExactly("My name is Ada.", "What is my name?", "compaction");

    JsonArrayBuilder window = Json.PROVIDER.createArrayBuilder();
    Json.parse(answer.body()).orElseThrow().asJsonObject().getJsonArray("output")
        .forEach(window::add);
    window.add(Json.PROVIDER.createObjectBuilder().add("role", "user")
        .add("content", "Say it again."));
    String next = Json.PROVIDER.createObjectBuilder().add("model", "m").add("input", window)
        .build().toString();

    Response continued = model.both(next);

    assertThat(continued.outputText()).isEqualTo("You said: Say it again.");
  }

  @Test
  void compactingItemsOfToolsKeepsOnlyTheUserMessages() throws Exception {
    CompactedResponse compacted = ResponsesJson.fromJson(compact(q("{'model':'m','input':["
        + "{'role':'user','content':'Weather?'},{'type':'function_call','call_id':'c1',"
        + "'name':'get_weather','arguments':'{}'},{'type':'function_call_output','call_id':"
        + "'c1','output':'sunny'}]}")).body(), CompactedResponse.class);

    assertThat(compacted.output()).extracting(OutputItem::type)
        .containsExactly("message", "compaction");
  }

  @Test
  void anUnknownPreviousResponseIsNotFound() throws Exception {
    HttpResponse<String> answer = compact(q("{'model':'m','previous_response_id':'resp_gone'}"));

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).contains("previous_response_not_found", "resp_gone");
  }
}
