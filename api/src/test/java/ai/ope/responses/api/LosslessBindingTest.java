package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing a server sends is lost, and what was absent stays absent. */
class LosslessBindingTest {

  @Test
  void unknownMembersAreKeptInExtraAndWrittenBack() {
    String json = "{\"type\":\"function_call\",\"call_id\":\"c\",\"name\":\"f\","
        + "\"arguments\":\"{}\",\"priority\":{\"level\":[1,2.50]}}";

    FunctionCall call = (FunctionCall) ResponsesJson.fromJson(json, OutputItem.class);

    assertThat(call.extra().getJsonObject("priority").getJsonArray("level")).hasSize(2);
    assertThat(ResponsesJson.toJson(call)).isEqualTo(json);
  }

  @Test
  void anUnpairedSurrogateIsWrittenEscapedAsTextAndAsBytes() {
    // Found by ResponsesJsonFuzzTest: written raw, half an emoji was not Unicode text, and the
    // UTF-8 output turned it into '?', so toJson(value) and toJson(value, stream) disagreed.
    String json = "{\"type\":\"response.output_text.delta\",\"delta\":\"\\ud83d^\"}";
    ResponseStreamEvent event = ResponsesJson.parseEvent(null, json);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResponsesJson.toJson(event, bytes);

    assertThat(ResponsesJson.toJson(event)).isEqualTo(json);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(((OutputTextDeltaEvent) ResponsesJson.parseEvent(null,
        bytes.toString(StandardCharsets.UTF_8))).delta()).isEqualTo("\ud83d^");
  }

  @Test
  void explicitNullsStayNullAndAbsentMembersStayAbsent() {
    String json = "{\"id\":\"resp_1\",\"error\":null,\"incomplete_details\":null,"
        + "\"instructions\":null,\"usage\":null}";

    Response response = ResponsesJson.fromJson(json, Response.class);

    assertThat(response.error()).isNull();
    assertThat(response.usage()).isNull();
    assertThat(response.output()).isNull();
    assertThat(ResponsesJson.toJson(response)).isEqualTo(json);
  }

  @Test
  void aValueSetAfterAnExplicitNullReplacesIt() {
    Response running = ResponsesJson.fromJson("{\"id\":\"r\",\"error\":null}", Response.class);

    Response failed = running.toBuilder()
        .error(new ResponseError("server_error", "boom")).build();

    assertThat(ResponsesJson.toJson(failed))
        .isEqualTo("{\"id\":\"r\",\"error\":{\"code\":\"server_error\",\"message\":\"boom\"}}");
  }

  @Test
  void theBuilderWritesTheNullsARealServerSends() {
    Response response = Response.builder().id("resp_1").object("response").status("in_progress")
        .explicitNull("error").explicitNull("incomplete_details").explicitNull("usage").build();

    assertThat(ResponsesJson.toJson(response)).isEqualTo("{\"id\":\"resp_1\","
        + "\"object\":\"response\",\"status\":\"in_progress\",\"error\":null,"
        + "\"incomplete_details\":null,\"usage\":null}");
  }

  @Test
  void unknownItemsTravelBackAsInput() {
    String json = "{\"output\":[{\"type\":\"teleport_call\",\"id\":\"tp_1\",\"to\":\"mars\"},"
        + "{\"type\":\"message\",\"id\":\"m\",\"role\":\"assistant\",\"content\":[]}]}";
    Response response = ResponsesJson.fromJson(json, Response.class);

    CreateResponseRequest next = CreateResponseRequest.builder()
        .input(response.output()).build();

    assertThat(response.output().get(0)).isInstanceOfSatisfying(UnknownItem.class,
        item -> assertThat(item.type()).isEqualTo("teleport_call"));
    assertThat(ResponsesJson.toJson(next)).isEqualTo("{\"input\":["
        + "{\"type\":\"teleport_call\",\"id\":\"tp_1\",\"to\":\"mars\"},"
        + "{\"type\":\"message\",\"id\":\"m\",\"role\":\"assistant\",\"content\":[]}]}");
  }

  @Test
  void objectsWhoseTypeIsNotTheFirstMemberBindTheSame() {
    String typeFirst = "{\"type\":\"function_call\",\"arguments\":\"{}\",\"call_id\":\"c\","
        + "\"name\":\"f\"}";
    String typeLast = "{\"arguments\":\"{}\",\"call_id\":\"c\",\"name\":\"f\","
        + "\"type\":\"function_call\"}";

    assertThat(ResponsesJson.fromJson(typeLast, InputItem.class))
        .isEqualTo(ResponsesJson.fromJson(typeFirst, InputItem.class))
        .isInstanceOf(FunctionCall.class);
  }

  @Test
  void untypedMessagesAndReferencesAreRecognisedAndStayUntyped() {
    String json = "{\"input\":[{\"role\":\"user\",\"content\":\"hi\"},{\"id\":\"msg_9\"},"
        + "{\"id\":\"msg_8\",\"type\":null}]}";

    CreateResponseRequest request = ResponsesJson.fromJson(json, CreateResponseRequest.class);

    List<InputItem> items = request.input().items();
    assertThat(items.get(0)).isInstanceOfSatisfying(Message.class, message -> {
      assertThat(message.type()).isNull();
      assertThat(message.text()).isEqualTo("hi");
    });
    assertThat(items.get(1)).isInstanceOf(ItemReference.class);
    assertThat(items.get(2)).isInstanceOf(ItemReference.class);
    assertThat(ResponsesJson.toJson(request)).isEqualTo(json);
  }

  @Test
  void wireUnionsKeepTheFormTheyWereSentIn() {
    String asString = "{\"input\":\"hi\",\"tool_choice\":\"required\","
        + "\"conversation\":\"conv_1\"}";
    String asObjects = "{\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_text\","
        + "\"text\":\"hi\"}]}],\"tool_choice\":{\"type\":\"function\",\"name\":\"f\"},"
        + "\"conversation\":{\"id\":\"conv_1\"}}";

    CreateResponseRequest first = ResponsesJson.fromJson(asString, CreateResponseRequest.class);
    CreateResponseRequest second = ResponsesJson.fromJson(asObjects, CreateResponseRequest.class);

    assertThat(first.toolChoice()).isEqualTo(ToolChoice.REQUIRED);
    assertThat(second.toolChoice()).isEqualTo(ToolChoice.function("f"));
    assertThat(first.conversation().id()).isEqualTo(second.conversation().id());
    assertThat(ResponsesJson.toJson(first)).isEqualTo(asString);
    assertThat(ResponsesJson.toJson(second)).isEqualTo(asObjects);
  }

  @Test
  void anMcpCallErrorIsReadInItsOldStringAndNewObjectForms() {
    McpCall old = (McpCall) ResponsesJson.fromJson(
        "{\"type\":\"mcp_call\",\"error\":\"timeout\"}", OutputItem.class);
    McpCall current = (McpCall) ResponsesJson.fromJson(
        "{\"type\":\"mcp_call\",\"error\":{\"type\":\"http_error\",\"code\":500,"
            + "\"message\":\"down\"}}", OutputItem.class);

    assertThat(old.error()).isEqualTo(new McpCallError.Text("timeout"));
    assertThat(current.error()).isEqualTo(new McpCallError.HttpError(500, "down"));
  }

  @Test
  void recordsAreImmutable() {
    List<Tool> tools = new java.util.ArrayList<>(List.of(new ComputerTool()));
    CreateResponseRequest request = CreateResponseRequest.builder().tools(tools).build();

    tools.clear();

    assertThat(request.tools()).hasSize(1);
    assertThat(request.extra()).isEmpty();
    assertThat(new InputText("x", null, null).extra()).isSameAs(JsonValue.EMPTY_JSON_OBJECT);
  }
}
