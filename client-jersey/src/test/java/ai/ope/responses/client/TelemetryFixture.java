package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.util.List;

/** An OpenTelemetry SDK that keeps its spans and metrics in memory, W3C propagation on. */
final class TelemetryFixture implements AutoCloseable {

  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
      .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
      .build();

  OpenTelemetry openTelemetry() {
    return sdk;
  }

  List<SpanData> spans() {
    return spans.getFinishedSpanItems();
  }

  /** The points of a histogram, empty when nothing was recorded. */
  List<HistogramPointData> histogram(String name) {
    return metrics.collectAllMetrics().stream().filter(metric -> metric.getName().equals(name))
        .map(MetricData::getHistogramData).flatMap(data -> data.getPoints().stream()).toList();
  }

  /**
   * Checks a span is the successful chat span of a completed response, as the GenAI conventions
   * say: named by its operation and model, of kind CLIENT, with the response's id, model, finish
   * reason and tokens, and the server it came from.
   */
  static void assertChatSpan(SpanData span, Response response, URI server) {
    assertThat(span.getName()).isEqualTo("chat gpt-5.4-mini");
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    Attributes attributes = span.getAttributes();
    assertThat(attributes.get(GenAiAttributes.OPERATION)).isEqualTo("chat");
    assertThat(attributes.get(GenAiAttributes.PROVIDER)).isEqualTo("openai");
    assertThat(attributes.get(GenAiAttributes.REQUEST_MODEL)).isEqualTo("gpt-5.4-mini");
    assertThat(attributes.get(GenAiAttributes.RESPONSE_ID)).isEqualTo(response.id());
    assertThat(attributes.get(GenAiAttributes.RESPONSE_MODEL)).isEqualTo(response.model());
    assertThat(attributes.get(GenAiAttributes.FINISH_REASONS)).containsExactly("completed");
    assertThat(attributes.get(GenAiAttributes.INPUT_TOKENS))
        .isEqualTo((long) response.usage().inputTokens());
    assertThat(attributes.get(GenAiAttributes.OUTPUT_TOKENS))
        .isEqualTo((long) response.usage().outputTokens());
    assertThat(attributes.get(GenAiAttributes.SERVER_ADDRESS)).isEqualTo(server.getHost());
    assertThat(attributes.get(GenAiAttributes.SERVER_PORT)).isEqualTo((long) server.getPort());
  }

  @Override
  public void close() {
    sdk.close();
  }
}
