package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A record's text shows each member once, whether it was absent, set or an explicit null. */
class ModelToStringTest {

  @Test
  void aMemberSentAsAnExplicitNullIsShownOnce() {
    Response response = ResponsesJson.fromJson(
        "{\"id\":\"resp_1\",\"error\":null,\"incomplete_details\":null}", Response.class);

    String text = response.toString();

    assertThat(text).startsWith("Response[id=resp_1, ").contains("error=null")
        .contains("incompleteDetails=null").endsWith(", extra={}]");
    assertThat(text).doesNotContain("\"error\"").doesNotContain("\"incomplete_details\"");
  }

  @Test
  void theExplicitNullIsStillWrittenBack() {
    Response response = ResponsesJson.fromJson("{\"id\":\"resp_1\",\"error\":null}",
        Response.class);

    assertThat(ResponsesJson.toJson(response)).isEqualTo("{\"id\":\"resp_1\",\"error\":null}");
    assertThat(response.extra()).containsKey("error");
  }

  @Test
  void unmodelledMembersAreShownInExtra() {
    Response response = ResponsesJson.fromJson(
        "{\"id\":\"resp_1\",\"error\":null,\"future_member\":{\"a\":1},\"other\":null}",
        Response.class);

    assertThat(response.toString())
        .endsWith(", extra={\"future_member\":{\"a\":1},\"other\":null}]");
  }

  @Test
  void nestedRecordsOfAUnionShowEachMemberOnce() {
    Conversation conversation = ResponsesJson.fromJson(
        "{\"id\":\"conv_1\",\"future\":null}", Conversation.class);

    assertThat(conversation.toString())
        .isEqualTo("Reference[id=conv_1, extra={\"future\":null}]");
    assertThat(ResponsesJson.fromJson("{\"id\":null}", Conversation.class).toString())
        .isEqualTo("Reference[id=null, extra={}]");
  }

  @Test
  void maskedRecordsShowEachMemberOnceToo() {
    McpTool tool = ResponsesJson.fromJson("{\"type\":\"mcp\",\"server_label\":\"docs\","
        + "\"authorization\":null,\"headers\":null}", McpTool.class);

    assertThat(tool.toString()).contains("authorization=null").contains("headers=null")
        .endsWith(", extra={}]");
  }
}
