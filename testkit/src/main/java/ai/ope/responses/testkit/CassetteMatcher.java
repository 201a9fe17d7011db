package ai.ope.responses.testkit;

import jakarta.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the recorded interaction for a request: same method, path and query parameters, and a JSON
 * body equal up to key order, number spelling and the ignored pointers. Identical recorded requests
 * are served in recorded order; once all are used, the last one answers again. An event that came
 * over a WebSocket is matched only with the events of recorded WebSocket connections (a warm-up
 * only with warm-ups), an HTTP request only with HTTP interactions: the same body asks for a
 * different answer on each.
 */
final class CassetteMatcher {

  private final List<Interaction> interactions = new CopyOnWriteArrayList<>();
  private final List<Interaction> socketTurns = new CopyOnWriteArrayList<>();
  private final List<Interaction> socketWarmUps = new CopyOnWriteArrayList<>();
  private final List<Cassette> cassettes = new CopyOnWriteArrayList<>();
  private final Set<String> ignoredPointers;
  private final Map<Interaction, Integer> served = new IdentityHashMap<>();
  private final Map<String, Optional<JsonValue>> parsedBodies = new ConcurrentHashMap<>();

  CassetteMatcher(Set<String> ignoredPointers) {
    this.ignoredPointers = Set.copyOf(ignoredPointers);
  }

  void add(Cassette cassette) {
    cassettes.add(cassette);
    interactions.addAll(cassette.interactions());
    for (SocketTurn turn : cassette.socketTurns()) {
      (turn.warmUp() ? socketWarmUps : socketTurns).add(turn.interaction());
    }
  }

  /** The recordings a request may match: those of its transport (and kind of event). */
  private List<Interaction> candidates(RecordedRequest request) {
    if (!request.overWebSocket()) {
      return interactions;
    }
    return request.warmUp() ? socketWarmUps : socketTurns;
  }

  /** The loaded cassettes, in the order they were loaded. */
  List<Cassette> cassettes() {
    return List.copyOf(cassettes);
  }

  /** How often an interaction answered since the start or the last rewind. */
  synchronized int uses(Interaction interaction) {
    return served.getOrDefault(interaction, 0);
  }

  boolean isEmpty() {
    return interactions.isEmpty() && socketTurns.isEmpty() && socketWarmUps.isEmpty();
  }

  synchronized void clear() {
    interactions.clear();
    socketTurns.clear();
    socketWarmUps.clear();
    cassettes.clear();
    served.clear();
    parsedBodies.clear();
  }

  /** Keeps the cassettes but replays them from the start, as if no interaction had been used. */
  synchronized void rewind() {
    served.clear();
  }

  synchronized Optional<Interaction> match(RecordedRequest request) {
    Interaction lastMatch = null;
    for (Interaction interaction : candidates(request)) {
      if (differences(interaction, request, 1).isEmpty()) {
        if (!served.containsKey(interaction)) {
          served.put(interaction, 1);
          return Optional.of(interaction);
        }
        lastMatch = interaction;
      }
    }
    if (lastMatch != null) {
      served.merge(lastMatch, 1, Integer::sum);
    }
    return Optional.ofNullable(lastMatch);
  }

  /** The nearest recorded interaction and how the request differs from it. */
  synchronized StrictMiss miss(RecordedRequest request) {
    Interaction nearest = candidates(request).stream()
        .min(Comparator.comparingInt(interaction -> distance(interaction, request)))
        .orElse(null);
    return new StrictMiss(nearest, nearest == null ? List.of()
        : differences(nearest, request, Integer.MAX_VALUE));
  }

  private int distance(Interaction interaction, RecordedRequest request) {
    int distance = differences(interaction, request, Integer.MAX_VALUE).size();
    if (!interaction.method().equalsIgnoreCase(request.method())) {
      distance += 1000;
    }
    if (!interaction.path().equals(request.path())) {
      distance += 100;
    }
    return distance;
  }

  private List<RequestDifference> differences(Interaction interaction, RecordedRequest request,
      int limit) {
    List<RequestDifference> differences = new ArrayList<>();
    if (!interaction.method().equalsIgnoreCase(request.method())) {
      differences.add(RequestDifference.of("method", interaction.method(), request.method(),
          "method: recorded " + interaction.method() + ", received " + request.method()));
    }
    if (!interaction.path().equals(request.path())) {
      differences.add(RequestDifference.of("path", interaction.path(), request.path(),
          "path: recorded " + interaction.path() + ", received " + request.path()));
    }
    if (!parameters(interaction.query()).equals(parameters(request.query()))) {
      differences.add(RequestDifference.of("query", interaction.query(), request.query(),
          "query: recorded \"" + interaction.query() + "\", received \"" + request.query()
              + "\""));
    }
    if (differences.size() < limit) {
      differences.addAll(bodyDifferences(interaction.requestBody(), request, limit));
    }
    return differences;
  }

  private List<RequestDifference> bodyDifferences(String recorded, RecordedRequest request,
      int limit) {
    String received = request.bodyAsString();
    if (recorded.isBlank() && received.isBlank()) {
      return List.of();
    }
    Optional<JsonValue> recordedJson = parsedBodies.computeIfAbsent(recorded, Json::parse);
    Optional<JsonValue> receivedJson = request.json();
    if (recordedJson.isPresent() && receivedJson.isPresent()) {
      return JsonDiff.found(recordedJson.get(), receivedJson.get(), ignoredPointers, limit,
          "body ");
    }
    return recorded.equals(received) ? List.of() : List.of(new RequestDifference("",
        recorded.isBlank() ? null : Json.PROVIDER.createValue(recorded),
        received.isBlank() ? null : Json.PROVIDER.createValue(received), "body: recorded "
        + (recorded.isBlank() ? "none" : recorded.length() + " bytes") + ", received "
        + (received.isBlank() ? "none" : received.length() + " bytes")));
  }

  /**
   * A parameter decoded, or as it is when it is not decodable (a recorded {@code %zz}): no request
   * can carry that, so it never matches, but it must not break matching the others.
   */
  private static String decode(String parameter) {
    try {
      return URLDecoder.decode(parameter, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformedEscape) {
      return parameter;
    }
  }

  private static List<String> parameters(String query) {
    if (query.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(query.split("&"))
        .map(CassetteMatcher::decode)
        .sorted()
        .toList();
  }
}
