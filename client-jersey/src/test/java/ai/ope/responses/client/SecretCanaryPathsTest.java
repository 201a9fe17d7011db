package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canary key where a user might put it by mistake, or where an error would echo it: in a
 * per-request header or query parameter, in the base URL's variable, on a dead port. The
 * suite-wide {@link SecretCanaryCheck} watches the logs; these check messages and toString().
 */
class SecretCanaryPathsTest {

  private static final String KEY = SecretCanary.KEY;

  @Test
  void requestOptionsCarryingTheKeyShowOnlyItsName() {
    RequestOptions options = RequestOptions.builder().header("api-key", KEY)
        .queryParameter("key", KEY).maxRetries(0).build();

    assertThat(options.toString()).contains("api-key", "key").doesNotContain(KEY);
  }

  @Test
  void aFailedCallWithTheKeyInItsOptionsDoesNotEchoIt() throws Exception {
    RequestOptions options = RequestOptions.builder().header("api-key", KEY)
        .queryParameter("key", KEY).maxRetries(0).build();
    try (FakeServerFixture fixture = new FakeServerFixture()) {
      fixture.server.enqueue(Reply.serverError());
      fixture.server.enqueue(Reply.error(400, "invalid_request_error", "bad_key",
          "Key " + KEY + " is not valid here: /v1/responses?key=" + KEY));

      assertThat(trace(() -> fixture.client.create(ResponsesClientTest.request("a"), options)))
          .doesNotContain(KEY);
      assertThat(trace(() -> fixture.client.create(ResponsesClientTest.request("b"), options)))
          .doesNotContain(KEY);
      assertThat(fixture.server.takeRequest().query()).contains(KEY);
    }
  }

  @Test
  void aKeyGivenAsTheBaseUrlIsNotEchoedInTheError() {
    Throwable swapped = catchThrowable(() -> ResponsesClient.builder()
        .lookup(Map.of("OPEAI_API_KEY", KEY, "OPEAI_BASE_URL", KEY)::get).build());
    Throwable inTheBuilder = catchThrowable(() -> ResponsesClient.builder()
        .lookup(name -> null).apiKey("sk-other-0000000000").baseUrl(KEY).build());

    assertThat(swapped).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OPEAI_BASE_URL");
    assertThat(stackTrace(swapped)).doesNotContain(KEY);
    assertThat(stackTrace(inTheBuilder)).contains("baseUrl(...)").doesNotContain(KEY);
  }

  @Test
  void connectionAndTimeoutFailuresDoNotEchoIt() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    try (ResponsesClient refused = ResponsesClient.builder().lookup(name -> null).apiKey(KEY)
        .baseUrl("http://127.0.0.1:" + deadPort + "/v1").maxRetries(0).build();
        FakeResponsesServer slow = FakeResponsesServer.start();
        ResponsesClient timingOut = ResponsesClient.builder().lookup(name -> null).apiKey(KEY)
            .baseUrl(slow.baseUri().toString()).readTimeout(Duration.ofMillis(200))
            .maxRetries(0).build()) {
      slow.enqueue(Reply.text("late").withDelayBeforeHeaders(Duration.ofSeconds(1)));

      String connection = trace(() -> refused.create(ResponsesClientTest.request("x")));
      String timeout = trace(() -> timingOut.create(ResponsesClientTest.request("x")));

      assertThat(connection).contains("ConnectionException").doesNotContain(KEY);
      assertThat(timeout).contains("ResponsesTimeoutException").doesNotContain(KEY);
      assertThat(refused.toString()).doesNotContain(KEY);
    }
  }

  /** The stack trace of what the call throws, which must be a {@link ResponsesException}. */
  private static String trace(Runnable call) {
    Throwable failure = catchThrowable(call::run);
    assertThat(failure).isInstanceOf(ResponsesException.class);
    return failure + "\n" + stackTrace(failure);
  }

  private static String stackTrace(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
