package ai.ope.responses.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The results JMH wrote with {@code -rf json}, looked up by benchmark, method and parameter. */
final class JmhResults {

  private final List<JsonObject> runs;

  private JmhResults(List<JsonObject> runs) {
    this.runs = runs;
  }

  static JmhResults read(List<Path> files) throws IOException {
    List<JsonObject> runs = new ArrayList<>();
    for (Path file : files) {
      try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          JsonReader reader = Json.createReader(text)) {
        JsonArray array = reader.readArray();
        runs.addAll(array.getValuesAs(JsonObject.class));
      }
    }
    return new JmhResults(runs);
  }

  /**
   * One benchmark's result.
   *
   * @param name {@code Class.method}, without the package
   * @param params the parameters it ran with; those not given may be anything
   */
  Optional<Run> find(String name, Map<String, String> params) {
    for (JsonObject run : runs) {
      String benchmark = run.getString("benchmark");
      if (!benchmark.endsWith("." + name)) {
        continue;
      }
      JsonObject given = run.containsKey("params") ? run.getJsonObject("params")
          : JsonValue.EMPTY_JSON_OBJECT;
      boolean matches = params.entrySet().stream()
          .allMatch(entry -> entry.getValue().equals(given.getString(entry.getKey(), null)));
      if (matches) {
        return Optional.of(new Run(run));
      }
    }
    return Optional.empty();
  }

  /** What a figure is computed from: a score and secondary metrics. */
  interface Sample {

    /** The primary score. */
    double score();

    /** A secondary metric, when JMH reported it. */
    OptionalDouble secondary(String metric);
  }

  /** One JMH result: the primary score and the secondary metrics, over all iterations. */
  record Run(JsonObject json) implements Sample {

    @Override
    public double score() {
      return json.getJsonObject("primaryMetric").getJsonNumber("score").doubleValue();
    }

    @Override
    public OptionalDouble secondary(String metric) {
      JsonObject secondary = json.getJsonObject("secondaryMetrics");
      if (secondary == null || !secondary.containsKey(metric)) {
        return OptionalDouble.empty();
      }
      JsonNumber score = secondary.getJsonObject(metric).getJsonNumber("score");
      return score == null ? OptionalDouble.empty() : OptionalDouble.of(score.doubleValue());
    }

    /** Each measured iteration of each fork, for the spread of a figure. */
    List<Sample> iterations() {
      JsonArray forks = json.getJsonObject("primaryMetric").getJsonArray("rawData");
      List<Sample> iterations = new ArrayList<>();
      if (forks == null) {
        return iterations;
      }
      for (int fork = 0; fork < forks.size(); fork++) {
        for (int index = 0; index < forks.getJsonArray(fork).size(); index++) {
          iterations.add(new Iteration(json, fork, index));
        }
      }
      return iterations;
    }
  }

  /** One measured iteration: its own score and secondary metrics. */
  record Iteration(JsonObject json, int fork, int index) implements Sample {

    @Override
    public double score() {
      return raw(json.getJsonObject("primaryMetric")).orElse(Double.NaN);
    }

    @Override
    public OptionalDouble secondary(String metric) {
      JsonObject secondary = json.getJsonObject("secondaryMetrics");
      if (secondary == null || !secondary.containsKey(metric)) {
        return OptionalDouble.empty();
      }
      return raw(secondary.getJsonObject(metric));
    }

    private OptionalDouble raw(JsonObject metric) {
      JsonArray forks = metric.getJsonArray("rawData");
      if (forks == null || forks.size() <= fork || forks.getJsonArray(fork).size() <= index) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(forks.getJsonArray(fork).getJsonNumber(index).doubleValue());
    }
  }
}
