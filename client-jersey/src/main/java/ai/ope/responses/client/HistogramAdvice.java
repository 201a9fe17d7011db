package ai.ope.responses.client;

import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongHistogramBuilder;
import java.util.List;

/**
 * Bucket boundaries for the GenAI histograms, where the OpenTelemetry API can take them. The
 * advice method joined the stable API in 1.32; a server may give the application an older API
 * (Payara 6 exposes 1.29 through MicroProfile Telemetry), and calling it there is a
 * {@link NoSuchMethodError} that stopped every injected client from being built. There the
 * histograms keep the SDK's default buckets.
 */
final class HistogramAdvice {

  /** Whether the OpenTelemetry API this class was linked against has the advice method. */
  static final boolean SUPPORTED = supported();

  private HistogramAdvice() {}

  static DoubleHistogramBuilder buckets(DoubleHistogramBuilder builder, List<Double> buckets) {
    return SUPPORTED ? builder.setExplicitBucketBoundariesAdvice(buckets) : builder;
  }

  static LongHistogramBuilder buckets(LongHistogramBuilder builder, List<Long> buckets) {
    return SUPPORTED ? builder.setExplicitBucketBoundariesAdvice(buckets) : builder;
  }

  private static boolean supported() {
    try {
      DoubleHistogramBuilder.class.getMethod("setExplicitBucketBoundariesAdvice", List.class);
      LongHistogramBuilder.class.getMethod("setExplicitBucketBoundariesAdvice", List.class);
      return true;
    } catch (NoSuchMethodException olderApi) {
      return false;
    }
  }
}
