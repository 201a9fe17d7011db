package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The spans and metrics of the responses of a WebSocket connection, in an in-memory SDK. */
class SocketTelemetryTest {

  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private static final AttributeKey<String> STREAM_END =
      AttributeKey.stringKey("ai.ope.responses.stream.end");

  private final TelemetryFixture telemetry = new TelemetryFixture();
  private final FakeServerFixture fixture = new FakeServerFixture(FakeResponsesServer.start(),
      builder -> builder.openTelemetry(telemetry.openTelemetry()).captureContent(true));

  @AfterEach
  void close() {
    fixture.close();
    telemetry.close();
  }

  @Test
  void aSocketTurnIsAChatSpanWithTheStreamsMetricsMarkedWebsocket() {
    fixture.server.enqueue(Reply.text("one two three").withChunks(3));

    Response response;
    long events;
    try (ResponsesConnection connection = fixture.client.connect();
        ResponseStream stream = connection.send(Frames.request("Hi").toBuilder()
            .temperature(0.5).build())) {
      response = stream.finalResponse();
      events = stream.accumulator().eventCount();
    }

    assertThat(telemetry.spans()).singleElement().satisfies(span -> {
      TelemetryFixture.assertChatSpan(span, response, fixture.server.baseUri());
      var attributes = span.getAttributes();
      assertThat(attributes.get(GenAiAttributes.NETWORK_PROTOCOL)).isEqualTo("websocket");
      assertThat(attributes.get(GenAiAttributes.TEMPERATURE)).isEqualTo(0.5);
      assertThat(attributes.get(GenAiAttributes.OUTPUT_MESSAGES)).contains("one two three");
      assertThat(attributes.get(STREAM_END)).isEqualTo("completed");
      assertThat(attributes.toString()).doesNotContain(FakeServerFixture.KEY);
    });
    assertThat(telemetry.histogram("gen_ai.client.operation.duration")).singleElement()
        .satisfies(point -> assertThat(point.getAttributes()
            .get(GenAiAttributes.NETWORK_PROTOCOL)).isEqualTo("websocket"));
    List<HistogramPointData> tokens = telemetry.histogram("gen_ai.client.token.usage");
    assertThat(tokens).extracting(point -> point.getAttributes().get(GenAiAttributes.TOKEN_TYPE))
        .containsExactlyInAnyOrder("input", "output");
    assertThat(tokens).filteredOn(point -> "output".equals(
        point.getAttributes().get(GenAiAttributes.TOKEN_TYPE))).singleElement()
        .satisfies(point -> assertThat(point.getSum())
            .isEqualTo((double) response.usage().outputTokens()));
    assertThat(telemetry.histogram("gen_ai.client.operation.time_to_first_chunk"))
        .singleElement().satisfies(point -> assertThat(point.getCount()).isEqualTo(1));
    assertThat(telemetry.histogram("gen_ai.client.operation.time_per_output_chunk"))
        .singleElement().satisfies(point -> assertThat(point.getCount()).isEqualTo(events - 1));
  }

  @Test
  void anHttpStreamIsNotMarkedWebsocket() {
    fixture.server.enqueue(Reply.text("over http"));

    try (ResponseStream stream = fixture.client.stream(Frames.request("Hi"))) {
      stream.finalResponse();
    }

    assertThat(telemetry.spans()).singleElement().satisfies(span -> assertThat(
        span.getAttributes().get(GenAiAttributes.NETWORK_PROTOCOL)).isNull());
  }

  @Test
  void anErrorEventIsAnErrorSpanNamingItsTypeAndTheSocketsNextTurnItsOwnSpan() {
    fixture.server.enqueue(Reply.error(400, "invalid_request_error", null, "bad"));
    fixture.server.enqueue(Reply.text("fine"));

    try (ResponsesConnection connection = fixture.client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("x")).finalResponse())
          .isInstanceOf(BadRequestException.class);
      connection.send(Frames.request("y")).finalResponse();
    }

    List<SpanData> spans = telemetry.spans();
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0)).satisfies(span -> {
      assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
      assertThat(span.getAttributes().get(ERROR_TYPE))
          .isEqualTo(BadRequestException.class.getName());
      assertThat(span.getAttributes().get(GenAiAttributes.NETWORK_PROTOCOL))
          .isEqualTo("websocket");
    });
    assertThat(spans.get(1).getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(telemetry.histogram("gen_ai.client.operation.duration"))
        .extracting(point -> point.getAttributes().get(ERROR_TYPE))
        .containsExactlyInAnyOrder(BadRequestException.class.getName(), null);
  }

  @Test
  void aSocketCutMidResponseEndsItsSpanWithTheErrorAndThePartialResponse() {
    fixture.server.enqueue(Reply.text("one two three four").withChunks(4)
        .withCutAfterEvents(3));

    try (ResponsesConnection connection = fixture.client.connect()) {
      assertThatThrownBy(() -> connection.send(Frames.request("Hi")).finalResponse())
          .isInstanceOf(StreamInterruptedException.class);
    }

    assertThat(telemetry.spans()).singleElement().satisfies(span -> {
      assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
      assertThat(span.getAttributes().get(ERROR_TYPE))
          .isEqualTo(StreamInterruptedException.class.getName());
      assertThat(span.getAttributes().get(STREAM_END)).isEqualTo("failed");
      assertThat(span.getAttributes().get(GenAiAttributes.RESPONSE_ID)).isNotBlank();
    });
  }

  @Test
  void aFailedReconnectIsAnErrorSpanWithItsRetries() throws Exception {
    try (ResponsesConnection connection = SocketListenerTest.afterATurnAndADrop(fixture,
        ConnectOptions.defaults().maxReconnects(2).reconnectBackoff(Duration.ofMillis(5)))) {
      assertThatThrownBy(() -> connection.send(Frames.request("again")))
          .isInstanceOf(ConnectionException.class);
    }

    assertThat(telemetry.spans()).hasSize(2);
    assertThat(telemetry.spans().get(1)).satisfies(span -> {
      assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
      assertThat(span.getAttributes().get(ERROR_TYPE))
          .isEqualTo(ConnectionException.class.getName());
      assertThat(span.getEvents()).extracting(event -> event.getName())
          .containsExactly("retry", "retry");
    });
  }

  @Test
  void aToolLoopOverOneSocketHasItsTurnsChatSpansUnderItsOwn() {
    fixture.server.enqueue(Reply.functionCall("get_weather", "{\"city\":\"Rome\"}"));
    fixture.server.enqueue(Reply.text("Sunny."));
    ToolBox tools = ToolBox.empty().with(ToolLoopTest.GetWeather.class, call -> "sunny");

    fixture.client.runTools(Frames.request("Rome?"), tools,
        ToolLoopOptions.defaults().overWebSocket(true));

    List<SpanData> spans = telemetry.spans();
    SpanData loop = spans.stream().filter(span -> span.getName().startsWith("run_tools"))
        .findFirst().orElseThrow();
    assertThat(spans).filteredOn(span -> span.getName().startsWith("chat")).hasSize(2)
        .allSatisfy(span -> {
          assertThat(span.getParentSpanId()).isEqualTo(loop.getSpanId());
          assertThat(span.getAttributes().get(GenAiAttributes.NETWORK_PROTOCOL))
              .isEqualTo("websocket");
          assertThat(span.getAttributes().get(STREAM_END)).isEqualTo("completed");
        });
  }

  @Test
  void aWarmUpIsItsOwnOperation() {
    fixture.server.enqueue(Reply.text(""));

    try (ResponsesConnection connection = fixture.client.connect()) {
      connection.warmUp(Frames.request("Hi"));
    }

    assertThat(telemetry.spans()).singleElement().satisfies(span -> {
      assertThat(span.getName()).isEqualTo("warm_up gpt-5.4-mini");
      assertThat(span.getAttributes().get(GenAiAttributes.OPERATION)).isEqualTo("warm_up");
    });
  }
}
