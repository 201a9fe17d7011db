package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Default headers and query parameters, the key in a gateway's own header, and tokens from a
 * supplier asked on every attempt, as the fake server receives them.
 */
class AuthModesTest {

  private static FakeServerFixture fixture(java.util.function.Consumer<ResponsesClientBuilder>
      options) {
    return new FakeServerFixture(FakeResponsesServer.start(), builder -> {
      builder.initialRetryDelay(Duration.ofMillis(1));
      options.accept(builder);
    });
  }

  @Test
  void defaultHeadersAndQueryParametersGoOnEveryCallAndACallsOwnWin() throws Exception {
    try (FakeServerFixture fixture = fixture(builder -> builder
        .defaultHeader("X-Team", "search").defaultHeader("X-Env", "prod")
        .defaultQueryParameter("beta", "responses-v1"))) {
      fixture.server.enqueue(Reply.text("one"));
      fixture.server.enqueue(Reply.text("two"));

      fixture.client.create(Frames.request("one"));
      fixture.client.create(Frames.request("two"), RequestOptions.builder()
          .header("X-Env", "staging").queryParameter("beta", "responses-v2").build());

      RecordedRequest first = fixture.server.takeRequest();
      assertThat(first.header("X-Team")).hasValue("search");
      assertThat(first.header("X-Env")).hasValue("prod");
      assertThat(first.query()).isEqualTo("beta=responses-v1");
      RecordedRequest second = fixture.server.takeRequest();
      assertThat(second.header("X-Team")).hasValue("search");
      assertThat(second.header("X-Env")).hasValue("staging");
      assertThat(second.query()).isEqualTo("beta=responses-v2");
    }
  }

  @Test
  void anApiKeyHeaderCarriesTheKeyAndNoAuthorization() throws Exception {
    try (FakeServerFixture fixture = fixture(builder -> builder.apiKeyHeader("api-key"))) {
      fixture.server.enqueue(Reply.text("hello"));

      fixture.client.create(Frames.request("hi"));

      RecordedRequest request = fixture.server.takeRequest();
      assertThat(request.header("api-key")).hasValue(FakeServerFixture.KEY);
      assertThat(request.header("Authorization")).isEmpty();
    }
  }

  @Test
  void aTokenSupplierIsAskedOnEveryAttemptSoARetryGetsAFreshToken() throws Exception {
    AtomicInteger issued = new AtomicInteger();
    String prefix = SecretCanary.forAccount("token");
    try (FakeServerFixture fixture = fixture(builder -> builder.bearerTokenSupplier(
        () -> prefix + "-" + issued.incrementAndGet()))) {
      fixture.server.enqueue(Reply.serverError());
      fixture.server.enqueue(Reply.text("hello"));

      assertThat(fixture.client.create(Frames.request("hi")).outputText()).isEqualTo("hello");

      List<String> sent = fixture.server.requests().stream()
          .map(request -> request.header("Authorization").orElseThrow()).toList();
      assertThat(sent).containsExactly("Bearer " + prefix + "-1", "Bearer " + prefix + "-2");
      assertThat(fixture.client.toString()).doesNotContain(prefix);
    }
  }

  @Test
  void aSupplierThatFailsOrGivesNothingFailsTheCallWithoutSendingIt() {
    String secret = SecretCanary.forAccount("identity-provider");
    AccessTokenSupplier[] failing = {
        () -> {
          throw new IOException("identity provider down");
        },
        () -> null,
        () -> "  ",
        () -> "line\r\nInjected: header"};
    for (AccessTokenSupplier supplier : failing) {
      try (FakeServerFixture fixture = fixture(builder -> builder.bearerTokenSupplier(
          supplier))) {
        assertThatThrownBy(() -> fixture.client.create(Frames.request("hi")))
            .isInstanceOf(AccessTokenException.class)
            .hasMessageContaining("AccessTokenSupplier")
            .hasMessageContaining("nothing was sent")
            .hasMessageNotContaining(secret);
        assertThat(fixture.server.requestCount()).isZero();
      }
    }
  }

  @Test
  void noKeyIsNeededWithASupplier() {
    ResponsesClientBuilder builder = ResponsesClient.builder().lookup(name -> null)
        .bearerTokenSupplier(() -> "token");
    assertThat(builder.validate()).isSameAs(builder);
    assertThatThrownBy(() -> ResponsesClient.builder().lookup(name -> null).validate())
        .hasMessageContaining("bearerTokenSupplier");
  }

  @Test
  void credentialLikeHeadersAreHiddenFromListenersAndLogs() {
    assertThat(Listeners.visible(java.util.Map.of("Ocp-Apim-Subscription-Key", List.of("k"),
        "X-Auth-Token", List.of("t"), "api-key", List.of("k"), "X-Client-Secret", List.of("s"),
        "x-ratelimit-remaining-tokens", List.of("99"), "X-Team", List.of("search"))))
        .containsOnlyKeys("x-ratelimit-remaining-tokens", "x-team");
  }
}
