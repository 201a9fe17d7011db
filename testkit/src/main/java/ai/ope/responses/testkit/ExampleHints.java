package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What generated values may borrow from the conversation, so that they look like an answer to
 * it: words that look like names ({@code "Weather in Paris?"} gives {@code Paris}), the numbers
 * it mentions, and the plain-text answer the model would give. Borrowed values are only
 * candidates: the generator keeps one only when it is valid against the schema.
 */
final class ExampleHints {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.])-?\\d+(?:\\.\\d+)?");
  /** Capitalised only because they open a question or a request: not names. */
  private static final Set<String> OPENERS = Set.of("what", "who", "where", "when", "how",
      "why", "which", "is", "are", "do", "does", "did", "can", "could", "would", "will",
      "should", "please", "tell", "give", "extract", "find", "get", "show", "list", "use",
      "call", "write", "make", "create", "solve", "describe", "explain", "hi", "hello", "the",
      "a", "an", "i", "in", "on", "at", "for", "and", "or", "but", "if", "my", "your", "this",
      "that", "look", "check", "pick", "say", "answer", "return", "compute", "calculate");

  private final List<String> names;
  private final List<BigDecimal> numbers;
  private final String lowerText;
  private final String answer;

  private ExampleHints(List<String> names, List<BigDecimal> numbers, String text,
      String answer) {
    this.names = List.copyOf(names);
    this.numbers = List.copyOf(numbers);
    this.lowerText = text.toLowerCase(Locale.ROOT);
    this.answer = answer;
  }

  /** No hints: every value is a made-up example. */
  static ExampleHints none() {
    return new ExampleHints(List.of(), List.of(), "", null);
  }

  /**
   * Hints from the conversation's text.
   *
   * @param text the last user message, and the tool outputs the turn answers
   * @param answer the plain-text answer, for properties such as {@code answer}; or null
   */
  static ExampleHints of(String text, String answer) {
    List<String> names = new ArrayList<>();
    List<String> openers = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String found = word.group();
      if (!Character.isUpperCase(found.codePointAt(0))) {
        continue;
      }
      boolean opensSentence = opensSentence(text, word.start());
      if (OPENERS.contains(found.toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<String> into = opensSentence ? openers : names;
      if (!into.contains(found)) {
        into.add(found);
      }
    }
    if (names.isEmpty()) {
      // a word that opens a sentence may be a name ("Paris is lovely") or not ("Facts about
      // Lyon"): taken only when nothing else looks like one
      names.addAll(openers);
    }
    List<BigDecimal> numbers = new ArrayList<>();
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      numbers.add(new BigDecimal(number.group()));
    }
    return new ExampleHints(names, numbers, text, answer);
  }

  private static boolean opensSentence(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
      }
      if (c == '\n') {
        return true;
      }
    }
    return true;
  }

  /** The n-th word that looks like a name; empty past the last (values do not reuse one). */
  Optional<String> name(int index) {
    return index < names.size() ? Optional.of(names.get(index)) : Optional.empty();
  }

  /** The numbers the text mentions, in order. */
  List<BigDecimal> numbers() {
    return numbers;
  }

  /** The plain-text answer, for answer-like properties; empty when there is none. */
  Optional<String> answer() {
    return Optional.ofNullable(answer).filter(text -> !text.isEmpty());
  }

  /** The string value of an enum the text mentions as a word (case ignored), if any. */
  Optional<JsonValue> mentioned(JsonArray values) {
    for (JsonValue value : values) {
      if (value instanceof JsonString string && !string.getString().isBlank()) {
        String wanted = string.getString().toLowerCase(Locale.ROOT);
        Matcher mention = Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(wanted)
            + "(?![\\p{L}\\d_])").matcher(lowerText);
        if (mention.find()) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }
}
