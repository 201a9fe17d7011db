package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes recorded values stable across recordings, so cassettes diff well: server-made ids become
 * {@code <prefix>_recNNNN} and timestamps a constant. The id map lives as long as the recording,
 * so a later request that quotes an id ({@code previous_response_id}, a retrieve path) is
 * rewritten like the answer that made it, and the chain matches on replay.
 */
final class Normalizer {

  /** The {@code created_at} written for every recorded timestamp: 2023-11-14T22:13:20Z. */
  static final long TIMESTAMP = 1_700_000_000L;

  private static final Set<String> ID_MEMBERS =
      Set.of("id", "response_id", "previous_response_id", "item_id", "call_id");
  private static final Pattern ID = Pattern.compile("([a-z]+)_[A-Za-z0-9]{8,}");
  private static final Pattern TIME =
      Pattern.compile("(\"(?:created_at|completed_at)\"\\s*:\\s*)\\d+(?:\\.\\d+)?");
  private static final Pattern RECORDED = Pattern.compile("_rec(\\d{4,})\\b");

  private final Map<String, String> ids = new LinkedHashMap<>();
  private int next;

  /** A normaliser whose new ids continue after those already in these texts. */
  Normalizer(Iterable<String> existing) {
    int highest = 0;
    for (String text : existing) {
      Matcher recorded = RECORDED.matcher(text);
      while (recorded.find()) {
        highest = Math.max(highest, Integer.parseInt(recorded.group(1)));
      }
    }
    next = highest + 1;
  }

  /** Learns the server-made ids of a JSON value. */
  synchronized void learn(JsonValue value) {
    if (value instanceof JsonObject object) {
      object.forEach((name, member) -> {
        if (ID_MEMBERS.contains(name) && member instanceof JsonString string) {
          learn(string.getString());
        } else {
          learn(member);
        }
      });
    } else if (value instanceof JsonArray array) {
      array.forEach(this::learn);
    }
  }

  /** Learns one id, if it looks like one (a prefix, an underscore, a long token). */
  synchronized void learn(String id) {
    Matcher matcher = ID.matcher(id);
    if (matcher.matches() && !RECORDED.matcher(id).find() && !ids.containsKey(id)) {
      ids.put(id, matcher.group(1) + "_rec" + String.format("%04d", next++));
    }
  }

  /** The text with every known id replaced and every timestamp the constant. */
  synchronized String apply(String text) {
    String result = text;
    // longest first, so that no id is replaced inside a longer one
    for (Map.Entry<String, String> id : ids.entrySet().stream()
        .sorted(Comparator.comparingInt(entry -> -entry.getKey().length())).toList()) {
      if (result.contains(id.getKey())) {
        result = result.replace(id.getKey(), id.getValue());
      }
    }
    return TIME.matcher(result).replaceAll("$1" + TIMESTAMP);
  }

  /** A response header's value, stable: request ids numbered, processing time zero. */
  synchronized String header(String name, String value) {
    if (name.equals("x-request-id")) {
      learn(value);
      return apply(value);
    }
    return name.equals("openai-processing-ms") ? "0" : value;
  }

  /** A copy of the id map, for tests. */
  synchronized Map<String, String> ids() {
    return new LinkedHashMap<>(ids);
  }
}
