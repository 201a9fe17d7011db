package ai.ope.responses.testkit;

import ai.ope.responses.api.LogProb;
import ai.ope.responses.api.TopLogProb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Made-up but well-formed output-text log probabilities, for {@code include:
 * ["message.output_text.logprobs"]}: the text split into word-ish tokens (a word or one symbol,
 * with the whitespace before it, as the real tokenizer tends to), each with a deterministic
 * log probability near 0, its UTF-8 bytes, and {@code top_logprobs} alternatives: the token
 * itself first, then common tokens, less and less likely.
 */
final class LogProbs {

  private static final Pattern TOKEN = Pattern.compile(
      "\\s*[\\p{L}\\p{M}\\p{N}_'’]+|\\s*[^\\s\\p{L}\\p{M}\\p{N}_'’]|\\s+");
  private static final List<String> ALTERNATIVES = List.of("the", "a", "and", "of", "to", "is",
      "in", "that", "it", "for", "on", "with", "as", "was", "at", "by", "this", "be", "or",
      "an", "not");

  private LogProbs() {}

  /** The tokens of a text: never empty pieces, and their concatenation is the text. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(text);
    int at = 0;
    while (at < text.length()) {
      token.region(at, text.length());
      if (!token.lookingAt()) {
        // cannot happen: every character is a space, a word character or another symbol
        tokens.add(text.substring(at));
        break;
      }
      tokens.add(token.group());
      at = token.end();
    }
    return tokens;
  }

  /** One entry per token, each with {@code top} alternatives (0 to 20). */
  static List<LogProb> of(List<String> tokens, int top) {
    List<LogProb> entries = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      double logprob = logprob(token);
      entries.add(new LogProb(token, logprob, bytes(token), alternatives(token, logprob, top)));
    }
    return entries;
  }

  private static double logprob(String token) {
    // String.hashCode is specified, so the value is the same on every run and JVM
    return 0.0 - Math.floorMod(token.hashCode(), 4000) / 10_000.0;
  }

  private static List<TopLogProb> alternatives(String token, double logprob, int top) {
    List<TopLogProb> alternatives = new ArrayList<>(top);
    if (top <= 0) {
      return alternatives;
    }
    alternatives.add(new TopLogProb(token, logprob, bytes(token)));
    String space = token.isEmpty() || !Character.isWhitespace(token.charAt(0)) ? "" : " ";
    for (String word : ALTERNATIVES) {
      if (alternatives.size() >= top) {
        break;
      }
      String alternative = space + word;
      if (!alternative.equals(token)) {
        double less = Math.round((logprob - 2.0 - 1.5 * alternatives.size()) * 10_000) / 10_000.0;
        alternatives.add(new TopLogProb(alternative, less, bytes(alternative)));
      }
    }
    return alternatives;
  }

  private static List<Integer> bytes(String token) {
    byte[] utf8 = token.getBytes(StandardCharsets.UTF_8);
    List<Integer> bytes = new ArrayList<>(utf8.length);
    for (byte b : utf8) {
      bytes.add(b & 0xff);
    }
    return bytes;
  }
}
