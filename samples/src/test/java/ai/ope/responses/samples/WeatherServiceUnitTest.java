package ai.ope.responses.samples;

// UnitTestWithoutAServer: the same service tested with a Mockito mock of the ResponsesClient
// interface, no HTTP at all. The README's "unit test without a server" snippet mirrors this
// test; WeatherServiceTest is its fake-server counterpart.

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.client.ResponsesClient;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class WeatherServiceUnitTest {

  @Test
  void returnsTheModelsTextForTheCityAskedAbout() {
    ResponsesClient client = mock(ResponsesClient.class);
    Response answer = ResponsesJson.fromJson("""
        {"output": [{"type": "message", "role": "assistant",
                     "content": [{"type": "output_text", "text": "Sunny, 21 °C."}]}]}""",
        Response.class);
    when(client.create(any(CreateResponseRequest.class))).thenReturn(answer);

    assertThat(new WeatherService(client).forecast("Paris")).isEqualTo("Sunny, 21 °C.");

    ArgumentCaptor<CreateResponseRequest> sent =
        ArgumentCaptor.forClass(CreateResponseRequest.class);
    verify(client).create(sent.capture());
    assertThat(sent.getValue().model()).isEqualTo("gpt-5.4-mini");
    assertThat(ResponsesJson.toJson(sent.getValue())).contains("What is the weather in Paris?");
  }
}
