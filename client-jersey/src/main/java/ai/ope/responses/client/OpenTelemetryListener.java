package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Traces and measures the client's calls after the OpenTelemetry GenAI semantic conventions of
 * semantic-conventions v1.41.0 (see {@link GenAiAttributes}): one CLIENT span per call over all
 * its attempts (each retry an event), a stream's span ending with the stream; the histograms
 * {@code gen_ai.client.operation.duration} and {@code gen_ai.client.token.usage}, and for streams
 * {@code gen_ai.client.operation.time_to_first_chunk} and
 * {@code gen_ai.client.operation.time_per_output_chunk} (each event a chunk); the trace context
 * injected into each attempt through the configured propagators. A response on a WebSocket
 * connection gets the span and metrics of a stream, with {@code network.protocol.name}
 * {@code websocket}; its trace context is not sent (a socket's messages carry no headers). Messages are recorded only when
 * content capture is on; the API key never is. Tool loops are traced by
 * {@link OpenTelemetryToolTracing}. A stream never read to its end nor closed keeps
 * its span open (and held here) until it is.
 */
final class OpenTelemetryListener implements ResponsesClientListener, RequestHeaderSource,
    ToolTracing {

  private static final String SCOPE = "ai.ope.responses.client";
  private static final AttributeKey<String> STREAM_END = AttributeKey.stringKey(
      "ai.ope.responses.stream.end");
  private static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey(
      "http.request.resend_count");
  private static final AttributeKey<Double> RETRY_WAIT = AttributeKey.doubleKey(
      "ai.ope.responses.retry.wait");
  private static final List<Double> DURATION_BUCKETS = List.of(0.01, 0.02, 0.04, 0.08, 0.16,
      0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
  private static final List<Long> TOKEN_BUCKETS = List.of(1L, 4L, 16L, 64L, 256L, 1024L,
      4096L, 16384L, 65536L, 262144L, 1048576L, 4194304L, 16777216L, 67108864L);

  /** A call's span and what its metrics need, kept from its start to its end. */
  private static final class Open {
    final Span span;
    final long startNanos;
    final Attributes common;
    /** When the stream's last event arrived; 0 before the first (read on one thread). */
    long lastChunkNanos;

    Open(Span span, long startNanos, Attributes common) {
      this.span = span;
      this.startNanos = startNanos;
      this.common = common;
    }

    Span span() {
      return span;
    }
  }

  private final Tracer tracer;
  private final ToolTracing toolTracing;
  private final TextMapPropagator propagator;
  private final DoubleHistogram duration;
  private final LongHistogram tokens;
  private final DoubleHistogram timeToFirstChunk;
  private final DoubleHistogram timePerChunk;
  private final boolean captureContent;
  private final Map<ClientCall, Open> open = new ConcurrentHashMap<>();

  private OpenTelemetryListener(OpenTelemetry openTelemetry, boolean captureContent) {
    String version = ClientVersion.VALUE;
    this.tracer = openTelemetry.tracerBuilder(SCOPE).setInstrumentationVersion(version).build();
    this.toolTracing = new OpenTelemetryToolTracing(tracer, captureContent);
    Meter meter = openTelemetry.meterBuilder(SCOPE).setInstrumentationVersion(version).build();
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    this.duration = HistogramAdvice.buckets(meter.histogramBuilder(
        "gen_ai.client.operation.duration").setDescription("GenAI operation duration")
        .setUnit("s"), DURATION_BUCKETS).build();
    this.tokens = HistogramAdvice.buckets(meter.histogramBuilder("gen_ai.client.token.usage")
        .ofLongs().setDescription("Number of input and output tokens used").setUnit("{token}"),
        TOKEN_BUCKETS).build();
    this.timeToFirstChunk = HistogramAdvice.buckets(meter.histogramBuilder(
        "gen_ai.client.operation.time_to_first_chunk")
        .setDescription("Time to receive the first chunk of a stream").setUnit("s"),
        DURATION_BUCKETS).build();
    this.timePerChunk = HistogramAdvice.buckets(meter.histogramBuilder(
        "gen_ai.client.operation.time_per_output_chunk")
        .setDescription("Time between the chunks of a stream").setUnit("s"),
        DURATION_BUCKETS).build();
    this.captureContent = captureContent;
  }

  /**
   * The listener.
   *
   * @param openTelemetry an {@link OpenTelemetry}, or null for {@link GlobalOpenTelemetry}
   */
  static ResponsesClientListener create(Object openTelemetry, boolean captureContent) {
    return new OpenTelemetryListener(openTelemetry != null ? (OpenTelemetry) openTelemetry
        : GlobalOpenTelemetry.get(), captureContent);
  }

  @Override
  public void onCallStart(ClientCall call) {
    String model = GenAiAttributes.requestModel(call);
    String operation = GenAiAttributes.operation(call.operation());
    Attributes common = GenAiAttributes.common(call, model).build();
    AttributesBuilder attributes = common.toBuilder();
    GenAiAttributes.requestParameters(call, attributes);
    if (captureContent) {
      CapturedContent.request(call, attributes);
    }
    Span span = tracer.spanBuilder(model == null ? operation : operation + " " + model)
        .setSpanKind(SpanKind.CLIENT).setParent(Context.current())
        .setAllAttributes(attributes.build()).startSpan();
    open.put(call, new Open(span, System.nanoTime(), common));
  }

  @Override
  public Run start(ai.ope.responses.api.CreateResponseRequest request) {
    return toolTracing.start(request);
  }

  @Override
  public void addHeaders(ClientCall call, BiConsumer<String, String> header) {
    Open started = open.get(call);
    if (started != null) {
      propagator.inject(Context.current().with(started.span()), header,
          (sink, name, value) -> sink.accept(name, value));
    }
  }

  @Override
  public void onRetry(ClientCall call, int retry, ResponsesException reason, Duration wait) {
    Open started = open.get(call);
    if (started != null) {
      started.span().addEvent("retry", Attributes.of(RESEND_COUNT, (long) retry,
          GenAiAttributes.ERROR_TYPE, reason.getClass().getName(),
          RETRY_WAIT, wait.toNanos() / 1e9));
    }
  }

  @Override
  public void onStreamEvent(ClientCall call, ResponseStreamEvent event) {
    Open started = open.get(call);
    if (started != null) {
      long now = System.nanoTime();
      long since = started.lastChunkNanos == 0 ? started.startNanos : started.lastChunkNanos;
      (started.lastChunkNanos == 0 ? timeToFirstChunk : timePerChunk)
          .record((now - since) / 1e9, started.common);
      started.lastChunkNanos = now;
    }
  }

  @Override
  public void onCallEnd(ClientCall call, Object result, RuntimeException failure) {
    if (failure != null || !call.operation().isStream()) {
      end(call, result instanceof Response response ? response : null, failure, null);
    }
  }

  @Override
  public void onStreamEnd(ClientCall call, StreamEnd end) {
    end(call, end.response(), end.failure(), end.reason());
  }

  private void end(ClientCall call, Response response, RuntimeException failure,
      StreamEnd.Reason streamEnd) {
    Open started = open.remove(call);
    if (started == null) {
      return;
    }
    Span span = started.span();
    AttributesBuilder measured = started.common.toBuilder();
    if (response != null && response.model() != null) {
      measured.put(GenAiAttributes.RESPONSE_MODEL, response.model());
    }
    if (failure != null) {
      measured.put(GenAiAttributes.ERROR_TYPE, failure.getClass().getName());
      span.setStatus(StatusCode.ERROR, failure.getMessage());
    }
    AttributesBuilder ending = measured.build().toBuilder();
    if (response != null) {
      GenAiAttributes.response(response, ending);
      if (captureContent && failure == null) {
        CapturedContent.response(response, ending);
      }
    }
    if (streamEnd != null) {
      ending.put(STREAM_END, streamEnd.name().toLowerCase(java.util.Locale.ROOT));
    }
    span.setAllAttributes(ending.build());
    Attributes metric = measured.build();
    duration.record((System.nanoTime() - started.startNanos) / 1e9, metric);
    if (response != null && response.usage() != null) {
      record(response.usage().inputTokens(), "input", metric);
      record(response.usage().outputTokens(), "output", metric);
    }
    span.end();
  }

  private void record(Integer count, String type, Attributes metric) {
    if (count != null) {
      tokens.record(count, metric.toBuilder().put(GenAiAttributes.TOKEN_TYPE, type).build());
    }
  }
}
