package ai.ope.responses.benchmarks;

import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.testkit.Reply;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What tracing costs a stream: the 20,000-delta stream of {@link StreamingBenchmark} read by our
 * client with telemetry off, through the OpenTelemetry API with no SDK (what an application that
 * has the API but no agent gets), and through an SDK that batches spans and collects metrics to
 * exporters that drop them (the cost inside the application, without the network).
 */
public class TelemetryBenchmark extends ThroughputBenchmark {

  private ComparedClients clients;
  private OpenTelemetrySdk sdk;
  private ResponsesClient untraced;
  private ResponsesClient noopApi;
  private ResponsesClient exporting;

  /** Starts the server and the three clients. */
  @Setup
  public void start() {
    clients = new ComparedClients(Reply.sse(Payloads.textStream(20_000)));
    sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(new DroppingExporters.Spans()).build())
            .build())
        .setMeterProvider(SdkMeterProvider.builder()
            .registerMetricReader(PeriodicMetricReader.builder(new DroppingExporters.Metrics())
                .setInterval(Duration.ofSeconds(1)).build())
            .build())
        .build();
    untraced = clients.ours;
    noopApi = Clients.ours(clients.baseUri(),
        ResponsesClient.builder().openTelemetry(OpenTelemetry.noop()));
    exporting = Clients.ours(clients.baseUri(), ResponsesClient.builder().openTelemetry(sdk));
  }

  /** Closes what {@link #start()} opened. */
  @TearDown
  public void stop() {
    noopApi.close();
    exporting.close();
    sdk.close();
    clients.close();
  }

  /** Telemetry off (the other benchmarks' client). */
  @Benchmark
  @Warmup(iterations = Warmups.OURS - 4)
  @Measurement(iterations = Warmups.MEASURED)
  public void telemetryOff(Events counter, Blackhole sink) {
    read(untraced, counter, sink);
  }

  /** The OpenTelemetry API with no SDK behind it. */
  @Benchmark
  @Warmup(iterations = Warmups.OURS - 4)
  @Measurement(iterations = Warmups.MEASURED)
  public void noopApi(Events counter, Blackhole sink) {
    read(noopApi, counter, sink);
  }

  /** An SDK recording spans and metrics, exported to nowhere. */
  @Benchmark
  @Warmup(iterations = Warmups.OURS - 4)
  @Measurement(iterations = Warmups.MEASURED)
  public void sdkExporting(Events counter, Blackhole sink) {
    read(exporting, counter, sink);
  }

  private static void read(ResponsesClient client, Events counter, Blackhole sink) {
    counter.readAll(client.stream(Clients.REQUEST), sink);
  }
}
