package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A string that a JSON Schema {@code pattern} matches (searched anywhere in the string, as JSON
 * Schema does), within length bounds. Candidates come in this order, and the first that
 * {@code java.util.regex} finds a match in, with a length in bounds, wins: the preferred values
 * (words of the conversation), strings generated from the pattern's tree ({@link RegexParser})
 * with growing repetition counts, then a few common shapes ({@code "example"}, digits, a date,
 * an e-mail address...).
 *
 * <p>What it cannot do: named back-references, lookarounds that exclude what the rest
 * generates, and Unicode classes other than letters and digits are left to those common shapes;
 * a pattern none of the candidates meets gets no value (the caller then gives up on the
 * pattern). A pattern {@code java.util.regex} cannot compile (ECMA-262 syntax Java lacks) is not
 * checked at all.
 */
final class RegexExample {

  private static final int MAX_GENERATED = 20_000;
  private static final int[] REPETITIONS = {0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 64};
  private static final String PREFERRED_CHARACTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.@:/";
  private static final List<String> COMMON = List.of("example", "a", "A", "0", "1", "abc",
      "ABC", "123", "a1", "A1", "example_1", "user@example.com", "2025-01-15",
      "https://example.com", "+15550100", "x");

  private final Pattern checker;
  private final int minLength;
  private final int maxLength;

  private RegexExample(Pattern checker, int minLength, int maxLength) {
    this.checker = checker;
    this.minLength = minLength;
    this.maxLength = maxLength;
  }

  /**
   * A matching string, or empty when no candidate matches.
   *
   * @param maxLength the longest allowed, {@code Integer.MAX_VALUE} for no limit
   * @param variant picks other characters and alternatives for further distinct values
   * @param preferred values to try first
   */
  static Optional<String> of(String pattern, int minLength, int maxLength, int variant,
      List<String> preferred) {
    Pattern checker;
    try {
      checker = Pattern.compile(pattern);
    } catch (PatternSyntaxException notJavaSyntax) {
      checker = null;
    }
    RegexExample example = new RegexExample(checker, minLength, maxLength);
    List<String> candidates = new ArrayList<>(preferred);
    try {
      RegexNode tree = RegexParser.parse(pattern);
      for (int repetitions : REPETITIONS) {
        for (int shift = 0; shift < 3; shift++) {
          String generated = example.generate(tree, repetitions, variant + shift);
          candidates.add(example.padded(generated, pattern));
        }
      }
    } catch (RegexParser.Unsupported unsupported) {
      // only the preferred and common candidates are tried
    }
    candidates.addAll(COMMON);
    return candidates.stream().filter(example::accepts).findFirst();
  }

  private boolean accepts(String candidate) {
    int length = candidate.codePointCount(0, candidate.length());
    return length >= minLength && length <= maxLength
        && (checker == null || checker.matcher(candidate).find());
  }

  /** Too short and not anchored at both ends: filler where the pattern lets it go. */
  private String padded(String generated, String pattern) {
    int missing = minLength - generated.codePointCount(0, generated.length());
    if (missing <= 0 || missing > 10_000) {
      return generated;
    }
    if (!pattern.endsWith("$") || pattern.endsWith("\\$")) {
      return generated + "x".repeat(missing);
    }
    return pattern.startsWith("^") ? generated : "x".repeat(missing) + generated;
  }

  private String generate(RegexNode tree, int repetitions, int variant) {
    StringBuilder out = new StringBuilder();
    // a bounded walk: {999999} or nested repetitions must not take the server's time
    int limit = (int) Math.min(Math.min(maxLength, minLength + 1000L), MAX_GENERATED);
    new Walk(out, repetitions, variant, limit).emit(tree);
    return out.toString();
  }

  /** One generation: a walk of the tree writing characters. */
  private static final class Walk {
    private final StringBuilder out;
    private final int repetitions;
    private final int variant;
    private final int limit;
    private final Map<Integer, String> groups = new HashMap<>();
    private final Map<RegexNode.CharClass, List<Integer>> allowedBySet = new IdentityHashMap<>();
    private int characters;

    Walk(StringBuilder out, int repetitions, int variant, int limit) {
      this.out = out;
      this.repetitions = repetitions;
      this.variant = variant;
      this.limit = limit;
    }

    void emit(RegexNode node) {
      if (out.length() > limit) {
        return;
      }
      if (node instanceof RegexNode.Literal literal) {
        out.appendCodePoint(literal.codePoint());
      } else if (node instanceof RegexNode.CharClass set) {
        out.appendCodePoint(pick(set));
      } else if (node instanceof RegexNode.Sequence sequence) {
        sequence.parts().forEach(this::emit);
      } else if (node instanceof RegexNode.Group group) {
        int start = out.length();
        emit(group.inner());
        groups.put(group.number(), out.substring(Math.min(start, out.length())));
      } else if (node instanceof RegexNode.BackReference reference) {
        out.append(groups.getOrDefault(reference.number(), ""));
      } else if (node instanceof RegexNode.Choice choice) {
        emit(choice.options().get(variant % choice.options().size()));
      } else if (node instanceof RegexNode.Repeat repeat) {
        long times = repeat.max() < 0 ? (long) repeat.min() + repetitions
            : Math.min(repeat.max(), (long) repeat.min() + repetitions);
        for (long i = 0; i < times && out.length() <= limit; i++) {
          emit(repeat.part());
        }
      }
    }

    private int pick(RegexNode.CharClass set) {
      List<Integer> allowed = allowedBySet.computeIfAbsent(set, Walk::allowed);
      if (allowed.isEmpty()) {
        return set.ranges().isEmpty() ? 'x' : set.ranges().get(0)[0];
      }
      return allowed.get((variant + characters++) % allowed.size());
    }

    /** The characters a class allows, plain ones first. */
    private static List<Integer> allowed(RegexNode.CharClass set) {
      List<Integer> allowed = new ArrayList<>();
      PREFERRED_CHARACTERS.chars()
          .filter(c -> contains(set.ranges(), c) != set.negated())
          .forEach(allowed::add);
      for (int c = 0x21; c < 0x3000 && allowed.isEmpty(); c++) {
        if (contains(set.ranges(), c) != set.negated()) {
          allowed.add(c);
        }
      }
      return allowed;
    }

    private static boolean contains(List<int[]> ranges, int c) {
      for (int[] range : ranges) {
        if (c >= range[0] && c <= range[1]) {
          return true;
        }
      }
      return false;
    }
  }
}
