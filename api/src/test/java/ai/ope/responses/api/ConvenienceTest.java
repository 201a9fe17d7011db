package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conveniences users of the official SDKs expect. */
class ConvenienceTest {

  private static final String RESPONSE = "{\"id\":\"resp_1\",\"output\":["
      + "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[]},"
      + "{\"type\":\"message\",\"id\":\"m1\",\"role\":\"assistant\",\"content\":["
      + "{\"type\":\"output_text\",\"text\":\"Hello, \",\"annotations\":[]},"
      + "{\"type\":\"refusal\",\"refusal\":\"no\"}]},"
      + "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_1\",\"name\":\"a\","
      + "\"arguments\":\"{}\"},"
      + "{\"type\":\"message\",\"id\":\"m2\",\"role\":\"assistant\",\"content\":["
      + "{\"type\":\"output_text\",\"text\":\"world\",\"annotations\":[]}]},"
      + "{\"type\":\"function_call\",\"id\":\"fc_2\",\"call_id\":\"call_2\",\"name\":\"b\","
      + "\"arguments\":\"{\\\"x\\\":1}\"}]}";

  @Test
  void outputTextConcatenatesEveryOutputTextPart() {
    Response response = ResponsesJson.fromJson(RESPONSE, Response.class);

    assertThat(response.outputText()).isEqualTo("Hello, world");
    assertThat(Response.builder().build().outputText()).isEmpty();
  }

  @Test
  void functionCallsListsTheCallsInOrder() {
    Response response = ResponsesJson.fromJson(RESPONSE, Response.class);

    assertThat(response.functionCalls()).extracting(FunctionCall::callId)
        .containsExactly("call_1", "call_2");
  }

  @Test
  void inputItemFactoriesWriteTheDocumentedShortForms() {
    assertThat(ResponsesJson.toJson(InputItem.user("hi")))
        .isEqualTo("{\"role\":\"user\",\"content\":\"hi\"}");
    assertThat(ResponsesJson.toJson(InputItem.developer("be brief")))
        .isEqualTo("{\"role\":\"developer\",\"content\":\"be brief\"}");
    assertThat(ResponsesJson.toJson(InputItem.functionCallOutput("call_1", "{\"ok\":true}")))
        .isEqualTo("{\"type\":\"function_call_output\",\"call_id\":\"call_1\","
            + "\"output\":\"{\\\"ok\\\":true}\"}");
    assertThat(ResponsesJson.toJson(InputItem.reference("msg_1")))
        .isEqualTo("{\"type\":\"item_reference\",\"id\":\"msg_1\"}");
  }

  @Test
  void toolFactoriesWriteFlatResponsesShapes() {
    FunctionTool tool = Tool.function("get_weather", "Weather in a city",
        "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");

    assertThat(ResponsesJson.toJson(tool)).isEqualTo("{\"type\":\"function\","
        + "\"name\":\"get_weather\",\"description\":\"Weather in a city\",\"parameters\":"
        + "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}}");
    assertThat(ResponsesJson.toJson(ToolChoice.function("get_weather")))
        .isEqualTo("{\"type\":\"function\",\"name\":\"get_weather\"}");
    assertThat(ResponsesJson.toJson(TextConfig.jsonSchema("answer",
        ResponsesJson.fromJson("{\"type\":\"object\"}", jakarta.json.JsonObject.class), true)))
        .isEqualTo("{\"format\":{\"type\":\"json_schema\",\"name\":\"answer\","
            + "\"schema\":{\"type\":\"object\"},\"strict\":true}}");
  }

  @Test
  void messageTextAndInputItemsReadBothContentForms() {
    Message parts = Message.of(Role.USER, ContentPart.text("a"), ContentPart.imageUrl("u"),
        ContentPart.text("b"));

    assertThat(parts.text()).isEqualTo("ab");
    assertThat(Message.of(Role.USER, "plain").content().parts())
        .containsExactly(ContentPart.text("plain"));
    assertThat(Input.of("hi").items()).containsExactly(InputItem.user("hi"));
  }

  @Test
  void credentialsOfHostedToolsNeverReachToString() {
    McpTool mcp = new McpTool("crm", "https://mcp.example", null, null, "secret-oauth-token",
        null, Map.of("X-Api-Key", "secret-header"), null, null, null, null);
    DomainSecret secret = new DomainSecret("api.example", "TOKEN", "secret-value");

    assertThat(mcp.toString()).doesNotContain("secret").contains("X-Api-Key").contains("***");
    assertThat(secret.toString()).doesNotContain("secret-value").contains("***");
    assertThat(ResponsesJson.toJson(mcp)).contains("secret-oauth-token");
  }

  @Test
  void inputTokensRequestMirrorsACreateRequest() {
    CreateResponseRequest create = CreateResponseRequest.builder().model("m").input("hi")
        .instructions("be brief").tools(List.of(new ComputerTool())).build();

    assertThat(ResponsesJson.toJson(InputTokensRequest.of(create))).isEqualTo(
        "{\"model\":\"m\",\"input\":\"hi\",\"instructions\":\"be brief\","
            + "\"tools\":[{\"type\":\"computer\"}]}");
  }
}
