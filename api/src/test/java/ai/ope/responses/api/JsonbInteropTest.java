package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Any {@code Jsonb} (here a default Yasson, as a JAX-RS runtime creates one) binds the model
 * exactly as {@link ResponsesJson} does, through the annotations on the model types.
 */
class JsonbInteropTest {

  private static final String RESPONSE = "{\"id\":\"resp_1\",\"object\":\"response\","
      + "\"created_at\":1741476542,\"status\":\"completed\",\"error\":null,"
      + "\"instructions\":null,\"output\":[{\"type\":\"message\",\"id\":\"msg_1\","
      + "\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\","
      + "\"text\":\"Hello\",\"annotations\":[]}]},{\"type\":\"hologram\",\"beam\":1}],"
      + "\"tool_choice\":\"auto\",\"tools\":[],\"usage\":{\"input_tokens\":3,"
      + "\"output_tokens\":1,\"total_tokens\":4},\"future_member\":{\"x\":[1,2]}}";

  /** A class of the application that holds model values, as a REST resource might. */
  public static class Envelope {
    public String requestId;
    public Response response;
    public List<InputItem> items;
  }

  private final Jsonb jsonb = JsonbBuilder.create();

  @AfterEach
  void close() throws Exception {
    jsonb.close();
  }

  @Test
  void aPlainJsonbReadsAndWritesAResponseLikeResponsesJson() {
    Response viaJsonb = jsonb.fromJson(RESPONSE, Response.class);

    assertThat(viaJsonb).isEqualTo(ResponsesJson.fromJson(RESPONSE, Response.class));
    assertThat(viaJsonb.outputText()).isEqualTo("Hello");
    assertThat(jsonb.toJson(viaJsonb)).isEqualTo(ResponsesJson.toJson(viaJsonb));
    assertThat(JsonEquality.difference(CorpusRoundTripTest.parse(RESPONSE),
        CorpusRoundTripTest.parse(jsonb.toJson(viaJsonb)))).isNull();
  }

  @Test
  void modelValuesInsideApplicationClassesBindThroughTheCodec() {
    Envelope envelope = new Envelope();
    envelope.requestId = "req_1";
    envelope.response = ResponsesJson.fromJson(RESPONSE, Response.class);
    envelope.items = List.of(InputItem.user("hi"), InputItem.functionCallOutput("call_1", "42"));

    String json = jsonb.toJson(envelope);
    Envelope read = jsonb.fromJson(json, Envelope.class);

    assertThat(json).contains("{\"role\":\"user\",\"content\":\"hi\"}")
        .contains("{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"42\"}");
    assertThat(read.response).isEqualTo(envelope.response);
    assertThat(read.items).isEqualTo(envelope.items);
  }

  @Test
  void aRequestWrittenByJsonbIsSnakeCaseAndOmitsUnsetMembers() {
    CreateResponseRequest request = CreateResponseRequest.builder()
        .model("gpt-5.4-mini").input("Hi").maxOutputTokens(64).build();

    assertThat(jsonb.toJson(request))
        .isEqualTo("{\"model\":\"gpt-5.4-mini\",\"input\":\"Hi\",\"max_output_tokens\":64}");
  }

  @Test
  void badInputThroughJsonbIsStillAJsonbException() {
    assertThatThrownBy(() -> jsonb.fromJson("{\"output\":\"x\"}", Response.class))
        .isInstanceOf(JsonbException.class)
        .hasMessageContaining("/output");
  }

  /** An application type, as used for structured outputs. */
  public record Weather(String city, int celsius) {}

  @Test
  void nonModelTypesGoThroughTheSharedJsonb() {
    String json = ResponsesJson.toJson(new Weather("Paris", 21));

    assertThat(json).isEqualTo("{\"celsius\":21,\"city\":\"Paris\"}");
    assertThat(ResponsesJson.fromJson(json, Weather.class)).isEqualTo(new Weather("Paris", 21));
    assertThatThrownBy(() -> ResponsesJson.fromJson("{\"celsius\":\"warm\"}", Weather.class))
        .isInstanceOf(ResponsesJsonException.class).hasMessageContaining("Weather");
  }
}
