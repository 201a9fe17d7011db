package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A string valid against {@code format}, {@code minLength}, {@code maxLength} (in code points)
 * and {@code pattern}, that looks like an answer: a fixed example of each known format
 * ({@code date-time}, {@code date}, {@code time}, {@code duration}, {@code email}, {@code uuid},
 * {@code uri}, {@code hostname}, {@code ipv4}, {@code ipv6}), a name-like word of the
 * conversation for a property named like a name ({@code city}, {@code country},
 * {@code name}...), the plain-text answer for one named like an answer, else
 * {@code "example <property name>"}; padded or cut to the length bounds, and generated from the
 * pattern when the pattern refuses it.
 */
final class StringExample {

  private static final Set<String> NAME_LIKE = Set.of("name", "city", "country", "place",
      "location", "person", "author", "company", "capital", "state", "region", "town",
      "destination", "origin", "brand", "team", "organization", "organisation", "who", "user");
  private static final Set<String> ANSWER_LIKE = Set.of("answer", "response", "reply",
      "result", "text", "message", "content", "output", "summary");

  /** Patterns are generated to at most this many characters. */
  private static final int MAX_PATTERN_LENGTH = 10_000;

  private StringExample() {}

  /**
   * A value for the schema.
   *
   * @param name the property (or the array's property) the value is for; null at the root
   * @param variant 0 for the first value, more for further distinct ones (array items)
   * @param nameSlot which name-like word of the conversation a name-like property takes
   */
  static String of(JsonObject schema, String name, int variant, ExampleHints hints,
      int nameSlot) {
    int minLength = SchemaKeywords.count(schema, "minLength", 0);
    int maxLength = SchemaKeywords.count(schema, "maxLength", Integer.MAX_VALUE);
    String format = SchemaKeywords.string(schema, "format");
    String pattern = SchemaKeywords.string(schema, "pattern");
    Optional<String> formatted = Optional.ofNullable(format).map(known -> formatted(known,
        name, variant));
    String preferred = formatted.orElseGet(() -> fitted(plain(name, variant, hints, nameSlot),
        minLength, maxLength));
    if (pattern == null || minLength > MAX_PATTERN_LENGTH) {
      return preferred; // a pattern is not generated to huge lengths
    }
    List<String> candidates = new ArrayList<>(List.of(preferred));
    hints.name(nameSlot).ifPresent(candidates::add);
    // a formatted value must stay whole; a plain one may give way to what the pattern wants
    return RegexExample.of(pattern, minLength, maxLength, variant, candidates)
        .orElse(preferred);
  }

  private static String plain(String name, int variant, ExampleHints hints, int nameSlot) {
    List<String> words = words(name);
    String suffix = variant == 0 ? "" : " " + (variant + 1);
    if (nameLike(name)) {
      Optional<String> borrowed = hints.name(nameSlot + variant);
      if (borrowed.isPresent()) {
        return borrowed.get();
      }
    }
    if (name == null || words.stream().anyMatch(ANSWER_LIKE::contains)) {
      Optional<String> answer = hints.answer();
      if (answer.isPresent()) {
        return answer.get() + suffix;
      }
    }
    return (words.isEmpty() ? "example" : "example " + String.join(" ", words)) + suffix;
  }

  /** Whether a property is named like a name, and so borrows a name-like word. */
  static boolean nameLike(String name) {
    return words(name).stream().anyMatch(NAME_LIKE::contains);
  }

  /** The words of a property name: {@code final_answer}, {@code finalAnswer} → final, answer. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    if (name == null) {
      return words;
    }
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    for (String word : spaced.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String fitted(String text, int minLength, int maxLength) {
    StringBuilder fitted = new StringBuilder(text);
    int length = text.codePointCount(0, text.length());
    while (length < minLength) {
      String filler = length == 0 ? "example" : " example";
      fitted.append(filler);
      length += filler.length();
    }
    String result = fitted.toString();
    if (length > maxLength) {
      result = result.substring(0, result.offsetByCodePoints(0, maxLength));
      if (result.endsWith(" ") && maxLength - 1 >= minLength) {
        result = result.substring(0, result.length() - 1);
      }
    }
    return result;
  }

  /** A fixed example of a format; empty for a format it does not know. */
  private static String formatted(String format, String name, int variant) {
    int n = variant % 28 + 1;
    switch (format) {
      case "date-time":
        return String.format(Locale.ROOT, "2025-01-%02dT09:30:00Z", n);
      case "date":
        return String.format(Locale.ROOT, "2025-01-%02d", n);
      case "time":
        return String.format(Locale.ROOT, "09:%02d:00Z", 30 + variant % 30);
      case "duration":
        return "PT" + (variant + 1) + "H30M";
      case "email":
      case "idn-email":
        return (variant == 0 ? "user" : "user" + (variant + 1)) + "@example.com";
      case "uuid":
        return UUID.nameUUIDFromBytes((name + "#" + variant).getBytes(StandardCharsets.UTF_8))
            .toString();
      case "uri":
      case "iri":
      case "uri-reference":
      case "iri-reference":
        return "https://example.com/" + String.join("-", words(name)) + (variant == 0 ? ""
            : "/" + (variant + 1));
      case "hostname":
      case "idn-hostname":
        return (variant == 0 ? "" : "host" + (variant + 1) + ".") + "example.com";
      case "ipv4":
        return "192.0.2." + (variant % 254 + 1);
      case "ipv6":
        return "2001:db8::" + Integer.toHexString(variant + 1);
      default:
        return null;
    }
  }
}
