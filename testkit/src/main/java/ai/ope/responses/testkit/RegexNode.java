package ai.ope.responses.testkit;

import java.util.List;

/**
 * A part of a regular expression, as {@link RegexParser} reads it and {@link RegexExample}
 * generates from it.
 */
sealed interface RegexNode {

  /** One character. */
  record Literal(int codePoint) implements RegexNode {}

  /** A set of characters, as inclusive code point ranges ({@code {from, to}}). */
  record CharClass(List<int[]> ranges, boolean negated) implements RegexNode {}

  /** Parts one after the other. */
  record Sequence(List<RegexNode> parts) implements RegexNode {}

  /** One of several alternatives. */
  record Choice(List<RegexNode> options) implements RegexNode {}

  /** A part repeated {@code min} to {@code max} times; {@code max} -1 for no limit. */
  record Repeat(RegexNode part, int min, int max) implements RegexNode {}

  /** A capturing group, numbered from 1 in the order groups open. */
  record Group(int number, RegexNode inner) implements RegexNode {}

  /** The text a capturing group matched, again. */
  record BackReference(int number) implements RegexNode {}

  /** Matches without text: anchors, boundaries, lookarounds. */
  record Empty() implements RegexNode {}
}
