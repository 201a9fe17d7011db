package ai.ope.responses.client.cdi;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.inject.Produces;

/**
 * The {@code OpenTelemetry} bean a MicroProfile Telemetry runtime provides, here an SDK keeping
 * its spans in memory. No bean-defining annotation: only the test that adds it sees it.
 */
public class ContainerOpenTelemetry {

  static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
  private static final OpenTelemetry SDK = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build())
      .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
      .build();

  /** Created by the container. */
  public ContainerOpenTelemetry() {}

  /** The container's OpenTelemetry. */
  @Produces
  OpenTelemetry openTelemetry() {
    return SDK;
  }
}
