package ai.ope.responses.testkit;

import ai.ope.responses.testkit.RegexNode.BackReference;
import ai.ope.responses.testkit.RegexNode.CharClass;
import ai.ope.responses.testkit.RegexNode.Choice;
import ai.ope.responses.testkit.RegexNode.Empty;
import ai.ope.responses.testkit.RegexNode.Group;
import ai.ope.responses.testkit.RegexNode.Literal;
import ai.ope.responses.testkit.RegexNode.Repeat;
import ai.ope.responses.testkit.RegexNode.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the common subset of ECMA-262 regular expressions that JSON Schema {@code pattern}s use
 * into a tree to generate from: literals, {@code .}, classes with ranges and negation,
 * {@code \d \w \s} (and their negations), escapes ({@code \t \n \xHH}, four hex digits
 * after a backslash and {@code u}), groups (capturing, {@code (?:…)}, named), alternation and
 * the quantifiers {@code * + ? {n} {n,} {n,m}} (lazy or possessive alike), and back-references
 * {@code \1} to {@code \9}. Anchors, word boundaries and lookarounds match no text and are read
 * as empty; named back-references are {@link Unsupported}. Unicode property classes
 * ({@code \p{…}}) are read as ASCII letters, digits for {@code \p{N…}}.
 */
final class RegexParser {

  /** A construct the generator does not handle. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private static final List<int[]> DIGITS = List.of(new int[] {'0', '9'});
  private static final List<int[]> WORD = List.of(new int[] {'a', 'z'}, new int[] {'A', 'Z'},
      new int[] {'0', '9'}, new int[] {'_', '_'});
  private static final List<int[]> SPACE = List.of(new int[] {' ', ' '},
      new int[] {'\t', '\r'});
  private static final List<int[]> LETTERS = List.of(new int[] {'a', 'z'},
      new int[] {'A', 'Z'});

  private final String pattern;
  private int at;
  private int groups;

  private RegexParser(String pattern) {
    this.pattern = pattern;
  }

  /** The tree of a pattern; {@link Unsupported} when it uses what the generator cannot. */
  static RegexNode parse(String pattern) {
    RegexParser parser = new RegexParser(pattern);
    RegexNode tree = parser.alternation();
    if (parser.at < pattern.length()) {
      throw new Unsupported("unbalanced ')' at " + parser.at);
    }
    return tree;
  }

  private RegexNode alternation() {
    List<RegexNode> options = new ArrayList<>();
    options.add(sequence());
    while (more() && peek() == '|') {
      at++;
      options.add(sequence());
    }
    return options.size() == 1 ? options.get(0) : new Choice(options);
  }

  private RegexNode sequence() {
    List<RegexNode> parts = new ArrayList<>();
    while (more() && peek() != '|' && peek() != ')') {
      parts.add(quantified(atom()));
    }
    return new Sequence(parts);
  }

  private RegexNode atom() {
    int c = pattern.codePointAt(at);
    at += Character.charCount(c);
    switch (c) {
      case '(':
        return group();
      case '[':
        return charClass();
      case '\\':
        return escape(false);
      case '.':
        return new CharClass(List.of(new int[] {'\n', '\n'}, new int[] {'\r', '\r'}), true);
      case '^':
      case '$':
        return new Empty();
      default:
        return new Literal(c);
    }
  }

  private RegexNode group() {
    boolean lookaround = false;
    boolean capturing = false;
    if (pattern.startsWith("?:", at)) {
      at += 2;
    } else if (pattern.startsWith("?=", at) || pattern.startsWith("?!", at)) {
      at += 2;
      lookaround = true;
    } else if (pattern.startsWith("?<=", at) || pattern.startsWith("?<!", at)) {
      at += 3;
      lookaround = true;
    } else if (pattern.startsWith("?<", at) || pattern.startsWith("?P<", at)) {
      at = pattern.indexOf('>', at) + 1;
      if (at == 0) {
        throw new Unsupported("unterminated group name");
      }
      capturing = true;
    } else if (more() && peek() == '?') {
      throw new Unsupported("group flags");
    } else {
      capturing = true;
    }
    int number = capturing ? ++groups : 0;
    RegexNode inner = alternation();
    if (!more() || peek() != ')') {
      throw new Unsupported("unterminated group");
    }
    at++;
    if (lookaround) {
      return new Empty();
    }
    return capturing ? new Group(number, inner) : inner;
  }

  private RegexNode quantified(RegexNode part) {
    if (!more()) {
      return part;
    }
    int min;
    int max;
    char c = peek();
    if (c == '*' || c == '+' || c == '?') {
      at++;
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : -1;
    } else if (c == '{' && pattern.substring(at).matches("(?s)\\{\\d{1,6}(,\\d{0,6})?}.*")) {
      int close = pattern.indexOf('}', at);
      String[] bounds = pattern.substring(at + 1, close).split(",", -1);
      min = Integer.parseInt(bounds[0]);
      max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
      at = close + 1;
    } else {
      return part;
    }
    if (more() && (peek() == '?' || peek() == '+')) {
      at++; // lazy or possessive: the same strings match
    }
    return quantified(new Repeat(part, min, max));
  }

  private RegexNode charClass() {
    boolean negated = more() && peek() == '^';
    if (negated) {
      at++;
    }
    List<int[]> ranges = new ArrayList<>();
    boolean first = true;
    while (more() && (peek() != ']' || first)) {
      first = false;
      int from = classMember(ranges);
      if (from >= 0 && pattern.startsWith("-", at) && at + 1 < pattern.length()
          && pattern.charAt(at + 1) != ']') {
        at++;
        int to = classMember(ranges);
        if (to < 0) {
          throw new Unsupported("a range ending in a class");
        }
        ranges.add(new int[] {from, to});
      } else if (from >= 0) {
        ranges.add(new int[] {from, from});
      }
    }
    if (!more()) {
      throw new Unsupported("unterminated class");
    }
    at++;
    return new CharClass(ranges, negated);
  }

  /** One member of a class: its code point, or -1 when it was a class escape added whole. */
  private int classMember(List<int[]> ranges) {
    int c = pattern.codePointAt(at);
    at += Character.charCount(c);
    if (c != '\\') {
      return c;
    }
    RegexNode escaped = escape(true);
    if (escaped instanceof Literal literal) {
      return literal.codePoint();
    }
    if (!(escaped instanceof CharClass set)) {
      return -1; // \B: nothing to add
    }
    if (set.negated()) {
      throw new Unsupported("a negated escape inside a class");
    }
    ranges.addAll(set.ranges());
    return -1;
  }

  private RegexNode escape(boolean inClass) {
    if (!more()) {
      throw new Unsupported("a trailing backslash");
    }
    char c = pattern.charAt(at++);
    switch (c) {
      case 'd': return new CharClass(DIGITS, false);
      case 'D': return new CharClass(DIGITS, true);
      case 'w': return new CharClass(WORD, false);
      case 'W': return new CharClass(WORD, true);
      case 's': return new CharClass(SPACE, false);
      case 'S': return new CharClass(SPACE, true);
      case 't': return new Literal('\t');
      case 'n': return new Literal('\n');
      case 'r': return new Literal('\r');
      case 'f': return new Literal('\f');
      case 'v': return new Literal(0x0B);
      case '0': return new Literal(0);
      case 'b': return inClass ? new Literal('\b') : new Empty();
      case 'B': return new Empty();
      case 'x': return new Literal(hex(2));
      case 'u': return new Literal(hex(4));
      case 'p':
      case 'P':
        return property(c == 'P');
      default:
        if (c >= '1' && c <= '9' && !inClass) {
          return new BackReference(c - '0');
        }
        if (Character.isDigit(c) || c == 'k') {
          throw new Unsupported("a named or multi-digit back-reference");
        }
        return new Literal(c);
    }
  }

  private RegexNode property(boolean negated) {
    int close = pattern.indexOf('}', at);
    if (!pattern.startsWith("{", at) || close < 0) {
      throw new Unsupported("a property escape");
    }
    String name = pattern.substring(at + 1, close);
    at = close + 1;
    return new CharClass(name.startsWith("N") ? DIGITS : LETTERS, negated);
  }

  private int hex(int digits) {
    if (at + digits > pattern.length()
        || !pattern.substring(at, at + digits).matches("[0-9a-fA-F]+")) {
      throw new Unsupported("a malformed hex escape");
    }
    int value = Integer.parseInt(pattern.substring(at, at + digits), 16);
    at += digits;
    return value;
  }

  private boolean more() {
    return at < pattern.length();
  }

  private char peek() {
    return pattern.charAt(at);
  }
}
