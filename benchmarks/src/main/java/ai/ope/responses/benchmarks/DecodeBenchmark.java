package ai.ope.responses.benchmarks;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ServerSentEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.ObjectMappers;
import com.openai.models.responses.ResponseStreamEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON decoding alone, from in-memory text: recorded stream events and responses decoded by
 * {@link ResponsesJson} into this library's records and by openai-java's Jackson mapper into its
 * classes. One operation decodes the whole set; the {@code bytes} counter gives bytes per second.
 * {@link #responsesJsonFromBytes} decodes the same JSON from its UTF-8 bytes, as the client's
 * stream reader does.
 */
public class DecodeBenchmark extends ThroughputBenchmark {

  /**
   * {@code events}: every recorded stream event; {@code text-deltas}: only the text deltas;
   * {@code responses}: the typical (under 100 KB) recorded responses.
   */
  @Param({"events", "text-deltas", "responses"})
  public String set;

  private List<ServerSentEvent> events;
  private List<String> responses;
  private List<byte[]> eventBytes;
  private List<byte[]> responseBytes;
  private long bytesPerSet;
  private final ObjectMapper jackson = ObjectMappers.jsonMapper();

  /** Counts the JSON bytes decoded. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** JSON bytes decoded in this iteration. */
    public long bytes;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      bytes = 0;
    }
  }

  /** Loads the set. */
  @Setup
  public void load() {
    if (set.equals("responses")) {
      responses = Payloads.recordedResponses();
      events = List.of();
    } else {
      events = Payloads.recordedEvents().stream()
          .filter(event -> set.equals("events")
              || "response.output_text.delta".equals(event.event()))
          .toList();
      responses = List.of();
    }
    eventBytes = events.stream().map(event -> event.data().getBytes(StandardCharsets.UTF_8))
        .toList();
    responseBytes = responses.stream().map(json -> json.getBytes(StandardCharsets.UTF_8))
        .toList();
    bytesPerSet = events.stream().mapToLong(event -> utf8Length(event.data())).sum()
        + responses.stream().mapToLong(DecodeBenchmark::utf8Length).sum();
  }

  /** Ours: {@code ResponsesJson}. */
  @Benchmark
  @Warmup(iterations = Warmups.DECODE_OURS)
  @Measurement(iterations = Warmups.MEASURED)
  public void responsesJson(Bytes counter, Blackhole sink) {
    for (ServerSentEvent event : events) {
      sink.consume(ResponsesJson.parseEvent(event.event(), event.data()));
    }
    for (String response : responses) {
      sink.consume(ResponsesJson.fromJson(response, Response.class));
    }
    counter.bytes += bytesPerSet;
  }

  /** Ours from UTF-8 bytes: {@code parseEvent(name, bytes, …)} and {@code fromJson(byte[])}. */
  @Benchmark
  public void responsesJsonFromBytes(Bytes counter, Blackhole sink) {
    for (int i = 0; i < events.size(); i++) {
      byte[] data = eventBytes.get(i);
      sink.consume(ResponsesJson.parseEvent(events.get(i).event(), data, 0, data.length));
    }
    for (byte[] response : responseBytes) {
      sink.consume(ResponsesJson.fromJson(response, Response.class));
    }
    counter.bytes += bytesPerSet;
  }

  /** openai-java: its Jackson mapper into its {@code ResponseStreamEvent} and {@code Response}. */
  @Benchmark
  @Warmup(iterations = Warmups.DECODE_OPENAI_JAVA)
  @Measurement(iterations = Warmups.MEASURED)
  public void openaiJavaJackson(Bytes counter, Blackhole sink) throws JsonProcessingException {
    for (ServerSentEvent event : events) {
      sink.consume(jackson.readValue(event.data(), ResponseStreamEvent.class));
    }
    for (String response : responses) {
      sink.consume(jackson.readValue(response, com.openai.models.responses.Response.class));
    }
    counter.bytes += bytesPerSet;
  }

  private static long utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
