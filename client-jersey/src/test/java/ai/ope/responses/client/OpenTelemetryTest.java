package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The spans, metrics and trace context of the client's calls, in an in-memory SDK. */
class OpenTelemetryTest {

  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private static final AttributeKey<String> STREAM_END =
      AttributeKey.stringKey("ai.ope.responses.stream.end");

  private final TelemetryFixture telemetry = new TelemetryFixture();
  private FakeServerFixture fixture = fixture(false);

  private FakeServerFixture fixture(boolean captureContent) {
    return new FakeServerFixture(FakeResponsesServer.start(), builder -> builder
        .openTelemetry(telemetry.openTelemetry()).captureContent(captureContent)
        .initialRetryDelay(Duration.ofMillis(10)));
  }

  @AfterEach
  void close() {
    fixture.close();
    telemetry.close();
  }

  @Test
  void cachedInputAndReasoningTokensAreTheirOwnAttributesWhenThereAreAny() {
    fixture.server.enqueue(Reply.json(200, "{\"id\":\"resp_1\",\"object\":\"response\","
        + "\"status\":\"completed\",\"model\":\"gpt-5.4-mini\",\"output\":[],"
        + "\"usage\":{\"input_tokens\":50,\"input_tokens_details\":{\"cached_tokens\":40},"
        + "\"output_tokens\":20,\"output_tokens_details\":{\"reasoning_tokens\":12},"
        + "\"total_tokens\":70}}"));
    fixture.client.create(Frames.request("Hi"));
    fixture.server.enqueue(Reply.text("hello"));
    fixture.client.create(Frames.request("Hi again"));

    List<SpanData> spans = telemetry.spans();
    assertThat(spans).hasSize(2);
    var detailed = spans.get(0).getAttributes();
    assertThat(detailed.get(GenAiAttributes.CACHE_READ_INPUT_TOKENS)).isEqualTo(40L);
    assertThat(detailed.get(GenAiAttributes.REASONING_OUTPUT_TOKENS)).isEqualTo(12L);
    var plain = spans.get(1).getAttributes();
    assertThat(plain.get(GenAiAttributes.CACHE_READ_INPUT_TOKENS)).isNull();
    assertThat(plain.get(GenAiAttributes.REASONING_OUTPUT_TOKENS)).isNull();
  }

  @Test
  void aCreateIsOneChatSpanWithTheConventionsAttributesAndMetrics() {
    fixture.server.enqueue(Reply.text("hello"));

    Response response = fixture.client.create(Frames.request("Hi").toBuilder()
        .temperature(0.5).maxOutputTokens(100).build());

    SpanData span = onlySpan();
    TelemetryFixture.assertChatSpan(span, response, fixture.server.baseUri());
    var attributes = span.getAttributes();
    assertThat(attributes.get(GenAiAttributes.TEMPERATURE)).isEqualTo(0.5);
    assertThat(attributes.get(GenAiAttributes.TOP_P)).isNull();
    assertThat(attributes.get(GenAiAttributes.MAX_TOKENS)).isEqualTo(100L);
    assertThat(attributes.get(ERROR_TYPE)).isNull();

    assertThat(telemetry.histogram("gen_ai.client.operation.duration")).singleElement()
        .satisfies(point -> {
          assertThat(point.getCount()).isEqualTo(1);
          assertThat(point.getAttributes().get(GenAiAttributes.RESPONSE_MODEL))
              .isEqualTo(response.model());
        });
    List<HistogramPointData> tokens = telemetry.histogram("gen_ai.client.token.usage");
    assertThat(tokens).extracting(point -> point.getAttributes().get(GenAiAttributes.TOKEN_TYPE))
        .containsExactlyInAnyOrder("input", "output");
    assertThat(telemetry.histogram("gen_ai.client.operation.time_to_first_chunk"))
        .as("not a stream").isEmpty();
    assertThat(tokens).filteredOn(point -> "output".equals(
        point.getAttributes().get(GenAiAttributes.TOKEN_TYPE))).singleElement()
        .satisfies(point -> assertThat(point.getSum())
            .isEqualTo((double) response.usage().outputTokens()));
  }

  @Test
  void theTraceContextReachesTheServerAsTheCallsSpan() {
    fixture.server.enqueue(Reply.text("traced"));
    Span parent = telemetry.openTelemetry().getTracer("test").spanBuilder("request").startSpan();

    Scope scope = parent.makeCurrent();
    try {
      fixture.client.create(Frames.request("Hi"));
    } finally {
      scope.close();
      parent.end();
    }

    SpanData call = telemetry.spans().stream()
        .filter(span -> span.getName().startsWith("chat")).findFirst().orElseThrow();
    assertThat(call.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(fixture.server.requests().get(0).header("traceparent"))
        .hasValue("00-" + call.getTraceId() + "-" + call.getSpanId() + "-"
            + call.getSpanContext().getTraceFlags().asHex());
  }

  @Test
  void aStreamsSpanEndsAtItsTerminalEvent() {
    fixture.server.enqueue(Reply.text("one two").withChunks(2));

    try (ResponseStream stream = fixture.client.stream(Frames.request("Hi"))) {
      Response response = stream.finalResponse();
      SpanData span = onlySpan();
      assertThat(span.getName()).isEqualTo("chat gpt-5.4-mini");
      assertThat(span.getAttributes().get(STREAM_END)).isEqualTo("completed");
      assertThat(span.getAttributes().get(GenAiAttributes.RESPONSE_ID)).isEqualTo(response.id());
      assertThat(span.getAttributes().get(GenAiAttributes.OUTPUT_TOKENS)).isPositive();
      long events = stream.accumulator().eventCount();
      assertThat(telemetry.histogram("gen_ai.client.operation.time_to_first_chunk"))
          .singleElement().satisfies(point -> assertThat(point.getCount()).isEqualTo(1));
      assertThat(telemetry.histogram("gen_ai.client.operation.time_per_output_chunk"))
          .singleElement().satisfies(point -> assertThat(point.getCount()).isEqualTo(events - 1));
    }
    assertThat(telemetry.spans()).hasSize(1);
  }

  @Test
  void aStreamCutMidWayEndsItsSpanWithTheError() {
    fixture.server.enqueue(Reply.text("one two three four").withChunks(4).withCutAfterEvents(3));

    try (ResponseStream stream = fixture.client.stream(Frames.request("Hi"))) {
      assertThatThrownBy(stream::finalResponse).isInstanceOf(StreamInterruptedException.class);
    }

    SpanData span = onlySpan();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(ERROR_TYPE))
        .isEqualTo(StreamInterruptedException.class.getName());
    assertThat(span.getAttributes().get(STREAM_END)).isEqualTo("failed");
  }

  @Test
  void aStreamClosedEarlyEndsItsSpanMarkedClosed() {
    fixture.server.enqueue(Reply.text("one two three four").withChunks(4));

    ResponseStream stream = fixture.client.stream(Frames.request("Hi"));
    for (ResponseStreamEvent event : stream) {
      if (event.type().equals("response.output_text.delta")) {
        stream.close();
      }
    }

    SpanData span = onlySpan();
    assertThat(span.getAttributes().get(STREAM_END)).isEqualTo("closed");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void aRateLimitThenSuccessIsOneSpanWithARetryEvent() {
    fixture.server.enqueue(Reply.rateLimited(Duration.ofMillis(20)));
    fixture.server.enqueue(Reply.text("finally"));

    fixture.client.create(Frames.request("Hi"));

    SpanData span = onlySpan();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getEvents()).singleElement().satisfies(event -> {
      assertThat(event.getName()).isEqualTo("retry");
      assertThat(event.getAttributes().get(ERROR_TYPE))
          .isEqualTo(RateLimitException.class.getName());
    });
    assertThat(fixture.server.requests()).extracting(request -> request.header("traceparent"))
        .allSatisfy(header -> assertThat(header).hasValueSatisfying(
            value -> assertThat(value).contains(span.getSpanId())));
  }

  @Test
  void aBadRequestIsAnErrorSpanNamingItsType() {
    fixture.server.enqueue(Reply.error(400, "invalid_request_error", null, "bad"));

    assertThatThrownBy(() -> fixture.client.create(Frames.request("Hi")))
        .isInstanceOf(BadRequestException.class);

    SpanData span = onlySpan();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(ERROR_TYPE)).isEqualTo(BadRequestException.class.getName());
    assertThat(telemetry.histogram("gen_ai.client.operation.duration")).singleElement()
        .satisfies(point -> assertThat(point.getAttributes().get(ERROR_TYPE))
            .isEqualTo(BadRequestException.class.getName()));
  }

  @Test
  void aTimeoutIsAnErrorSpanNamingItsType() {
    fixture.server.enqueue(Reply.text("late").withDelayBeforeHeaders(Duration.ofSeconds(2)));

    assertThatThrownBy(() -> fixture.client.create(Frames.request("Hi"),
        RequestOptions.builder().readTimeout(Duration.ofMillis(200)).maxRetries(0).build()))
        .isInstanceOf(ResponsesTimeoutException.class);

    assertThat(onlySpan().getAttributes().get(ERROR_TYPE))
        .isEqualTo(ResponsesTimeoutException.class.getName());
  }

  @Test
  void contentIsNotCapturedByDefault() {
    fixture.server.enqueue(Reply.text("secret answer"));

    fixture.client.create(Frames.request("private question"));

    SpanData span = onlySpan();
    assertThat(span.getAttributes().get(GenAiAttributes.INPUT_MESSAGES)).isNull();
    assertThat(span.getAttributes().get(GenAiAttributes.OUTPUT_MESSAGES)).isNull();
    assertThat(span.getAttributes().toString()).doesNotContain("private question", "secret");
  }

  @Test
  void contentIsCapturedWhenAskedButNeverTheKey() {
    fixture.close();
    fixture = fixture(true);
    fixture.server.enqueue(Reply.text("the answer"));

    fixture.client.create(Frames.request("the question").toBuilder()
        .instructions("be brief").build());

    SpanData span = onlySpan();
    assertThat(span.getAttributes().get(GenAiAttributes.INPUT_MESSAGES)).isEqualTo(
        "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"the question\"}]}]");
    assertThat(span.getAttributes().get(GenAiAttributes.SYSTEM_INSTRUCTIONS))
        .isEqualTo("[{\"type\":\"text\",\"content\":\"be brief\"}]");
    assertThat(span.getAttributes().get(GenAiAttributes.OUTPUT_MESSAGES)).isEqualTo(
        "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"the answer\"}],"
            + "\"finish_reason\":\"completed\"}]");
    assertThat(span.getAttributes().toString() + span.getEvents())
        .doesNotContain(FakeServerFixture.KEY);
  }

  @Test
  void capturedOutputHasEachFunctionCallAsAToolCallPart() {
    fixture.close();
    fixture = fixture(true);
    fixture.server.enqueue(Reply.builder()
        .functionCall("get_weather", "{\"city\":\"Paris\"}", "call_1").build());

    fixture.client.create(Frames.request("weather?"));

    assertThat(onlySpan().getAttributes().get(GenAiAttributes.OUTPUT_MESSAGES)).isEqualTo(
        "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"tool_call\",\"id\":\"call_1\","
            + "\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}],"
            + "\"finish_reason\":\"completed\"}]");
  }

  @Test
  void telemetryCanBeSwitchedOff() {
    fixture.close();
    fixture = new FakeServerFixture(FakeResponsesServer.start(), builder -> builder
        .openTelemetry(telemetry.openTelemetry()).telemetryEnabled(false));
    fixture.server.enqueue(Reply.text("quiet"));

    fixture.client.create(Frames.request("Hi"));

    assertThat(telemetry.spans()).isEmpty();
    assertThat(fixture.server.requests().get(0).header("traceparent")).isEmpty();
  }

  @Test
  void theConfigurationKeySwitchesTelemetryOff() {
    fixture.close();
    fixture = new FakeServerFixture(FakeResponsesServer.start(), builder -> builder
        .openTelemetry(telemetry.openTelemetry())
        .lookup(name -> name.equals("opeai.responses.telemetry.enabled") ? "false" : null));
    fixture.server.enqueue(Reply.text("quiet"));

    fixture.client.create(Frames.request("Hi"));

    assertThat(telemetry.spans()).isEmpty();
  }

  @Test
  void anInvalidSwitchIsAClearError() {
    ResponsesClientBuilder builder = ResponsesClient.builder().apiKey(FakeServerFixture.KEY)
        .lookup(name -> name.equals("opeai.responses.telemetry.enabled") ? "no" : null);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid opeai.responses.telemetry.enabled: \"no\" is neither true nor"
            + " false");
  }

  @Test
  void aToolLoopIsOneSpanOverItsTurnsAndEachFunctionRun() {
    fixture.server.enqueue(Reply.builder().functionCall("get_weather", "{\"city\":\"Rome\"}")
        .functionCall("get_time", "{\"city\":\"Rome\"}").build());
    fixture.server.enqueue(Reply.text("Both done."));
    ToolBox tools = ToolBox.empty()
        .with(ToolLoopTest.GetWeather.class, call -> "sunny")
        .with(ToolLoopTest.GetTime.class, call -> {
          throw new IllegalStateException("no clock");
        });

    fixture.client.runTools(Frames.request("Rome?"), tools);

    List<SpanData> spans = telemetry.spans();
    SpanData loop = spans.stream().filter(span -> span.getName().startsWith("run_tools"))
        .findFirst().orElseThrow();
    assertThat(loop.getName()).isEqualTo("run_tools gpt-5.4-mini");
    assertThat(spans).filteredOn(span -> span != loop)
        .allSatisfy(span -> assertThat(span.getParentSpanId()).isEqualTo(loop.getSpanId()))
        .extracting(SpanData::getName).containsExactlyInAnyOrder("chat gpt-5.4-mini",
            "chat gpt-5.4-mini", "execute_tool get_weather", "execute_tool get_time");
    assertThat(spans).filteredOn(span -> span.getName().equals("execute_tool get_time"))
        .singleElement().satisfies(span -> {
          assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
          assertThat(span.getAttributes().get(ERROR_TYPE))
              .isEqualTo(IllegalStateException.class.getName());
          assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.id")))
              .isNotBlank();
        });
    assertThat(Span.current().getSpanContext().isValid()).as("the loop's scope is closed")
        .isFalse();
    assertThat(spans).allSatisfy(span -> assertThat(span.getAttributes()
        .get(OpenTelemetryToolTracing.TOOL_ARGUMENTS)).as("content is off").isNull());
  }

  @Test
  void withContentCaptureAFunctionsSpanCarriesItsArgumentsAndResult() {
    fixture.close();
    fixture = fixture(true);
    fixture.server.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Rome\"}"));
    fixture.server.enqueue(Reply.text("Sunny."));
    ToolBox tools = ToolBox.empty().with(ToolLoopTest.GetWeather.class, call -> "sunny");

    fixture.client.runTools(Frames.request("Rome?"), tools);

    assertThat(telemetry.spans()).filteredOn(span -> span.getName().startsWith("execute_tool"))
        .singleElement().satisfies(span -> {
          assertThat(span.getAttributes().get(OpenTelemetryToolTracing.TOOL_ARGUMENTS))
              .isEqualTo("{\"city\":\"Rome\"}");
          assertThat(span.getAttributes().get(OpenTelemetryToolTracing.TOOL_RESULT))
              .contains("sunny");
        });
  }

  private SpanData onlySpan() {
    assertThat(telemetry.spans()).hasSize(1);
    return telemetry.spans().get(0);
  }
}
