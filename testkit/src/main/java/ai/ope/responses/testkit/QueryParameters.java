package ai.ope.responses.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request's query parameters, decoded, checked against what the endpoint takes: an unknown
 * name, or a single-valued one given twice, gets the API's 400 rather than being ignored, so a
 * client that sends a misspelt or doubled parameter finds out in its tests.
 */
final class QueryParameters {

  /** Parameters the SDKs may add to any call ({@code ?beta=true} variants of the endpoints). */
  private static final Set<String> ANY_ENDPOINT = Set.of("beta");
  /** Arrays, which clients spell as repeated parameters. */
  private static final Set<String> REPEATABLE = Set.of("include", "include[]");
  private static final Map<Route.Endpoint, Set<String>> TAKEN = Map.of(
      Route.Endpoint.RETRIEVE,
      Set.of("stream", "starting_after", "include", "include[]", "include_obfuscation"),
      Route.Endpoint.INPUT_ITEMS, Set.of("limit", "order", "after", "include", "include[]"));

  private final Map<String, List<String>> values;

  private QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  /** The parameters of a raw query string ({@code a=1&b=2}); empty for none. */
  static QueryParameters parse(String rawQuery) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String parameter : rawQuery.split("&")) {
      if (parameter.isEmpty()) {
        continue;
      }
      int equals = parameter.indexOf('=');
      String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
      String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
      values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return new QueryParameters(values);
  }

  /** The first value of a parameter. */
  Optional<String> first(String name) {
    List<String> given = values.get(name);
    return given == null ? Optional.empty() : Optional.of(given.get(0));
  }

  /** The names of the parameters given, in their order. */
  Set<String> names() {
    return values.keySet();
  }

  /** The 400 for a parameter this endpoint does not take, or takes once; null when all is well. */
  Answer check(Route.Endpoint endpoint) {
    Set<String> taken = TAKEN.getOrDefault(endpoint, Set.of());
    for (Map.Entry<String, List<String>> parameter : values.entrySet()) {
      String name = parameter.getKey();
      if (!taken.contains(name) && !ANY_ENDPOINT.contains(name)) {
        return Answer.invalidRequest(400, "Unknown parameter: '" + ApiErrors.shown(name) + "'.",
            ApiErrors.shown(name), "unknown_parameter");
      }
      if (parameter.getValue().size() > 1 && !REPEATABLE.contains(name)) {
        return Answer.invalidRequest(400, "Parameter '" + name + "' was given "
            + parameter.getValue().size() + " times; it takes one value.", name,
            "duplicate_parameter");
      }
    }
    return null;
  }

  /** Decoded, or as given when it is not valid percent-encoding (then it matches nothing). */
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
