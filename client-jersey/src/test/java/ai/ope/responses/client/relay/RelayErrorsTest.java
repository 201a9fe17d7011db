package ai.ope.responses.client.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.ope.responses.api.ApiError;
import ai.ope.responses.client.ApiException;
import ai.ope.responses.client.ResponsesException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a browser is told when a relay fails: a category and a sentence, nothing internal. */
class RelayErrorsTest {

  @Test
  void anApiErrorNamesTheStatusButNotTheServersMessage() {
    ApiException refused = ApiException.of(401, new ApiError(
        "Incorrect API key provided: sk-abc*****xyz", "invalid_request_error", null,
        "invalid_api_key"), "req_1", Map.of(), "{}");

    JsonObject error = data(RelayErrors.eventFor(refused));

    assertThat(error.getString("type")).isEqualTo("api_error");
    assertThat(error.getString("message")).contains("401").doesNotContain("sk-", "Incorrect");
  }

  @Test
  void aConnectionFailureDoesNotNameTheHost() {
    JsonObject error = data(RelayErrors.eventFor(
        new ResponsesException("could not connect to gateway.internal.example:8443", null)));

    assertThat(error.getString("type")).isEqualTo("model_error");
    assertThat(error.toString()).doesNotContain("gateway.internal");
  }

  @Test
  void anyOtherFailureIsARelayErrorWithoutItsMessageOrTrace() {
    BrowserEvent event = RelayErrors.eventFor(new IllegalStateException("secret detail"));

    assertThat(event.name()).isEqualTo("error");
    assertThat(data(event).keySet()).containsExactlyInAnyOrder("type", "message");
    assertThat(event.data()).doesNotContain("secret detail", "IllegalStateException", "at ");
  }

  @Test
  void aBrowserEventNeedsAOneLineName() {
    for (String bad : List.of("", " ", "two\nlines", "cr\r")) {
      assertThat(catchThrowable(() -> new BrowserEvent(bad, "x")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one-line");
    }
    assertThat(new BrowserEvent("delta", "").data()).isEmpty();
  }

  private static JsonObject data(BrowserEvent event) {
    return Json.createReader(new StringReader(event.data())).readObject();
  }
}
